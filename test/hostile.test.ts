import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without type declarations
import { buildCorpus, buildPostings } from "../scripts/make-hostile-corpus.mjs";

interface CorpusCase {
  name: string;
  error?: RegExp;
  scored?: boolean;
  anyOutcome?: boolean;
}
interface RunResult {
  argv: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
  ms: number;
  maxRssMb: number;
}

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "ats-hostile-"));
const MAX_MS = 10_000;
const MAX_RSS_MB = 500;
let cases: CorpusCase[];
let postings: { name: string; error: RegExp }[];
let results: RunResult[];
let before: Map<string, string>;

/** Name, size and hash of every file, to prove that nothing was written or changed. */
function snapshot(folder: string): Map<string, string> {
  const state = new Map<string, string>();
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const file = path.join(folder, name);
    const stats = lstatSync(file);
    if (stats.isSymbolicLink() || !stats.isFile()) state.set(name, stats.isSymbolicLink() ? "link" : "dir");
    else state.set(name, `${stats.size}:${createHash("sha256").update(readFileSync(file)).digest("hex")}`);
  }
  return state;
}

beforeAll(async () => {
  cases = await buildCorpus(path.join(dir, "resumes"));
  postings = buildPostings(path.join(dir, "postings"));
  before = snapshot(dir);
  const resumeRuns = cases.map((item) => [
    path.join(dir, "resumes", item.name),
    "--job",
    "netflix-ml-intern",
    "--json",
  ]);
  const postingRuns = postings.map((item) => [
    "fixtures/resumes/nurse/resume.md",
    "--job",
    path.join(dir, "postings", item.name),
  ]);
  // One process for the whole corpus, with networking made to throw (see the runner).
  const { stdout } = await run(
    process.execPath,
    ["test/helpers/corpus-runner.mjs", JSON.stringify([...resumeRuns, ...postingRuns])],
    {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 170_000,
    },
  );
  results = JSON.parse(stdout);
}, 180_000);

const resultFor = (file: string) =>
  results.find(
    (result) => result.argv[0].endsWith(`${path.sep}${file}`) || result.argv[2]?.endsWith(`${path.sep}${file}`),
  )!;

describe("hostile and broken resumes", () => {
  it("gives every file a bounded, clean outcome: exit 0/1, or one line naming the file and exit 2", () => {
    for (const item of cases) {
      const result = resultFor(item.name);
      const label = `${item.name}: exit ${result.exitCode} ${result.stderr.trim()}`;
      expect(result.ms, label).toBeLessThan(MAX_MS);
      expect(result.stderr, label).not.toMatch(/\n\s+at |unexpected error|network access attempted/);
      if (result.exitCode === 2) {
        expect(result.stderr.trimEnd().split("\n"), label).toHaveLength(1);
        expect(result.stderr, label).toContain(item.name);
        expect(result.stdout, label).toBe("");
      } else {
        expect(JSON.parse(result.stdout).schemaVersion, label).toBe(1);
      }
      if (item.error) {
        expect(result.exitCode, label).toBe(2);
        expect(result.stderr, label).toMatch(item.error);
      }
      if (item.scored) expect([0, 1], label).toContain(result.exitCode);
    }
  });

  it("stays under 500 MB of memory for the whole corpus, zip bombs and 1,000-page PDFs included", () => {
    expect(Math.max(...results.map((result) => result.maxRssMb))).toBeLessThan(MAX_RSS_MB);
  });

  it("writes or changes no file", () => {
    expect(snapshot(dir)).toEqual(before);
  });

  it("reports suspicious but valid files as findings, not crashes", () => {
    const javascript = JSON.parse(resultFor("javascript-action.pdf").stdout);
    expect(javascript.readable).toBe(true);
    const proto = JSON.parse(resultFor("proto.json").stdout);
    expect(proto.contact.email.value).toBe("jane@example.com");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("hostile postings", () => {
  it("gives each a one-line error with the file and exit 2", () => {
    for (const item of postings) {
      const result = resultFor(item.name);
      const label = `${item.name}: ${result.stderr}`;
      expect(result.exitCode, label).toBe(2);
      expect(result.stderr.trimEnd().split("\n"), label).toHaveLength(1);
      expect(result.stderr, label).toMatch(item.error);
      expect(result.ms, label).toBeLessThan(MAX_MS);
    }
  });
});

describe("no shell-outs at run time", () => {
  it("imports no process-spawning module anywhere under src/", () => {
    const sources = (readdirSync("src", { recursive: true }) as string[]).filter((name) => name.endsWith(".ts"));
    expect(sources.length).toBeGreaterThan(20);
    for (const name of sources) {
      const text = readFileSync(path.join("src", name), "utf8");
      expect(text, name).not.toMatch(/["'](?:node:)?child_process["']|\bexecSync\b|\bspawnSync\b/);
    }
  });
});
