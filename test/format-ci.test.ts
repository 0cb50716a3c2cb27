import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checks } from "../src/checks/index.js";
import { formatGithub } from "../src/format/github.js";
import { escapeXml, formatJunit } from "../src/format/junit.js";
import { formatSarif } from "../src/format/sarif.js";
import type { BatchReport } from "../src/types.js";
import { batchJson, fixture, frontendPosting, makeFolder } from "./helpers/batch-folder.js";
import { runCli } from "./helpers/run-cli.js";

const folder = makeFolder("ats-ci-", {
  "good,one.md": fixture("strong-phd-recsys/resume.md"),
  'quoted "name".md': fixture("frontend-engineer/resume.md"),
  "nurse.md": fixture("nurse/resume.md"),
  "encrypted.pdf": readFileSync("fixtures/bad/encrypted.pdf"),
});
const frontend = frontendPosting();
let batch: BatchReport;
beforeAll(async () => {
  ({ batch } = await batchJson([folder, "--job", "netflix-ml-intern", "--job", frontend, "--min-score", "50"]));
});

/** The properties SARIF 2.1.0 requires (§3.13 sarifLog, §3.14 run, §3.18 tool, §3.27 result, §3.49 rule), checked. */
function sarifProblems(log: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const need = (condition: unknown, what: string) => condition || problems.push(what);
  const sarif = log as {
    version?: string;
    runs?: {
      tool?: {
        driver?: { name?: string; rules?: { id?: string; shortDescription?: { text?: string }; helpUri?: string }[] };
      };
      results?: {
        ruleId?: string;
        ruleIndex?: number;
        level?: string;
        message?: { text?: string };
        locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
      }[];
    }[];
  };
  need(sarif.version === "2.1.0", "version must be 2.1.0");
  need(Array.isArray(sarif.runs) && sarif.runs.length > 0, "runs must be a non-empty array");
  for (const run of sarif.runs ?? []) {
    need(typeof run.tool?.driver?.name === "string", "run.tool.driver.name is required");
    const rules = run.tool?.driver?.rules ?? [];
    need(new Set(rules.map((rule) => rule.id)).size === rules.length, "rule ids must be unique");
    for (const rule of rules) {
      need(typeof rule.id === "string" && rule.id.length > 0, "rule.id is required");
      need(rule.shortDescription?.text, `rule ${rule.id}: shortDescription.text`);
      need(/^https:\/\/[^\s#]+#[\w-]+$/.test(rule.helpUri ?? ""), `rule ${rule.id}: helpUri must be an absolute URL`);
    }
    for (const result of run.results ?? []) {
      need(result.message?.text, "result.message.text is required");
      need(["none", "note", "warning", "error"].includes(result.level ?? ""), `result level ${result.level}`);
      need(rules[result.ruleIndex ?? -1]?.id === result.ruleId, `ruleIndex of ${result.ruleId} must point at its rule`);
      for (const location of result.locations ?? []) {
        const uri = location.physicalLocation?.artifactLocation?.uri ?? "";
        need(uri !== "" && !/[\s"]/.test(uri), `artifact uri ${uri} must be a URI reference`);
        const line = location.physicalLocation?.region?.startLine;
        need(line === undefined || (Number.isInteger(line) && line >= 1), "region.startLine must be ≥ 1");
      }
    }
  }
  return problems;
}

/** Enough of XML 1.0 well-formedness to catch a formatter's mistakes: nesting, quoting, escaping. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, "");
  const token =
    /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = token.exec(body))) {
    end = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos);)/.test(text) || text.includes(">")) problems.push(`bad text: ${text}`);
      if (stack.length === 0 && text.trim()) problems.push("text outside the root element");
    } else if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
    } else if (!selfClosing) stack.push(name);
  }
  if (end !== body.length) problems.push(`cannot parse at: ${body.slice(end, end + 40)}`);
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(", ")}`);
  return problems;
}

describe("SARIF", () => {
  it("has the required structure, every check as a rule, and results placed in their files", () => {
    const log = JSON.parse(formatSarif(batch));
    expect(sarifProblems(log)).toEqual([]);
    const broken = { version: "2.1.0", runs: [{ tool: { driver: {} }, results: [{ ruleId: "x", level: "bad" }] }] };
    expect(sarifProblems(broken)).toHaveLength(4);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      ...checks.map((check) => check.id),
      "min-score",
      "unreadable",
    ]);
    const results = run.results as {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    const uri = (result: (typeof results)[number]) => result.locations[0].physicalLocation.artifactLocation.uri;
    const unreadable = results.find((result) => result.ruleId === "unreadable")!;
    expect(uri(unreadable)).toMatch(/^file:\/\/\/.*\/encrypted\.pdf$/);
    expect(unreadable.message.text).toMatch(/password-protected/);
    const below = results
      .filter((result) => result.ruleId === "min-score")
      .map((result) => [path.basename(decodeURIComponent(uri(result))), result.message.text]);
    expect(below).toContainEqual([
      "nurse.md",
      expect.stringMatching(/^overall score \d+ is below --min-score 50 for netflix-ml-intern$/),
    ]);
    // A finding both jobs share is one result, not two.
    const keys = results.map((result) => JSON.stringify([result.ruleId, uri(result), result.message.text]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("encodes relative file names as URI references", async () => {
    const single = await runCli([
      "batch",
      "fixtures/resumes/nurse/resume.md",
      "--job",
      "netflix-ml-intern",
      "--format",
      "sarif",
      "--min-score",
      "90",
    ]);
    const log = JSON.parse(single.stdout);
    expect(log.runs[0].results.at(-1).locations[0].physicalLocation.artifactLocation.uri).toBe(
      "fixtures/resumes/nurse/resume.md",
    );
  });
});

describe("JUnit", () => {
  it("is well-formed XML with a testsuite per job and a failing testcase per resume below --min-score or unreadable", () => {
    const xml = formatJunit(batch);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toMatch(/^<testsuites name="ats-score" tests="8" failures="\d+" errors="0">$/m);
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)];
    expect(suites.map((suite) => [suite[1].split(":")[0], suite[2]])).toEqual([
      ["netflix-ml-intern", "4"],
      ["frontend-dev", "4"],
    ]);
    expect(xml).toMatch(
      /<testcase classname="netflix-ml-intern" name="[^"]*encrypted\.pdf">\n\s+<failure type="unreadable" message="the PDF is password-protected/,
    );
    expect(xml).toMatch(
      /<testcase classname="netflix-ml-intern" name="[^"]*nurse\.md">\n\s+<failure type="min-score" message="overall \d+ is below --min-score 50">overall \d+, keywords/,
    );
    expect(xml).toContain("quoted &quot;name&quot;.md");
    const failures = suites.reduce((sum, suite) => sum + Number(suite[3]), 0);
    expect(xml).toContain(`failures="${failures}" errors="0">`);
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(xmlProblems(`<a x="1"><b>t &amp; u</b></a>`)).toEqual([]);
    expect(xmlProblems(`<a><b>t & u</a>`)).not.toEqual([]);
  });
});

describe("GitHub annotations", () => {
  it("prints workflow commands with escaped properties, a notice of scores per resume × job and no raw newlines", () => {
    const lines = formatGithub(batch).trimEnd().split("\n");
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=[^,:]+::\S.*$/);
    expect(lines.filter((line) => line.startsWith("::notice")).length).toBe(6);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::notice file=.*good%2Cone\.md,title=ats-score netflix-ml-intern::overall \d+\/100 \(keywords/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error file=.*encrypted\.pdf,title=ats-score unreadable::the PDF is password-protected/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=.*nurse\.md,title=ats-score min-score::overall score \d+ is below --min-score 50 for netflix-ml-intern$/,
      ),
    );
  });
});

describe("the single-file command in CI formats", () => {
  const resume = "fixtures/resumes/frontend-engineer/resume.md";
  it.each(["sarif", "junit", "github"])(
    "--format %s gives what batch gives for the same file, and exit 1 below --min-score",
    async (format) => {
      const args = ["--job", "netflix-ml-intern", "--format", format, "--min-score", "50"];
      const single = await runCli([resume, ...args]);
      const inBatch = await runCli(["batch", resume, ...args, "--workers", "1"]);
      expect(single.exitCode).toBe(1);
      expect(single.stdout).toBe(inBatch.stdout);
      expect(single.stdout).toMatch(/min-score/);
    },
  );

  it.each(["sarif", "junit", "github"])(
    "--format %s on an unreadable file writes the failing result batch gives it, then exits 2 with the error line",
    async (format) => {
      const encrypted = "fixtures/bad/encrypted.pdf";
      const args = ["--job", "netflix-ml-intern", "--format", format];
      const single = await runCli([encrypted, ...args]);
      const inBatch = await runCli(["batch", encrypted, ...args, "--workers", "1"]);
      expect(single.exitCode).toBe(2);
      expect(single.stderr).toBe(
        `ats-score: ${encrypted}: the PDF is password-protected; export an unprotected copy\n`,
      );
      expect(single.stdout).toBe(inBatch.stdout);
      expect(single.stdout).toMatch(/unreadable/);
    },
  );

  it("keeps --json to the one-line error: an unreadable file has no report", async () => {
    const result = await runCli(["fixtures/bad/encrypted.pdf", "--job", "netflix-ml-intern", "--json"]);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
  });
});
