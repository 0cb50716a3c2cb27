import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreBatch } from "../src/batch/run.js";
import { builtWorkerFile } from "../src/batch/pool.js";
import { defaultExtractOptions } from "../src/extract/index.js";
import { loadPosting } from "../src/index.js";
import type { BatchReport, BatchRow } from "../src/types.js";
import { batchJson, fixture, frontendPosting, makeFolder } from "./helpers/batch-folder.js";
import { runCli } from "./helpers/run-cli.js";

const strongPdf = fixture("strong-phd-recsys/resume.pdf");

/** Good resumes, bad files, and things a folder walk must leave alone. */
const mixed = makeFolder("ats-batch-mixed-", {
  "strong.pdf": strongPdf,
  "nurse.md": fixture("nurse/resume.md"),
  "sub/frontend.txt": fixture("frontend-engineer/resume.md"),
  "empty.pdf": "",
  "truncated.pdf": strongPdf.subarray(0, 2000),
  "photo.pdf": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  "encrypted.pdf": readFileSync("fixtures/bad/encrypted.pdf"),
  "notes.png": "not a resume",
  ".cache/hidden.md": fixture("nurse/resume.md"),
});
const good = makeFolder("ats-batch-good-", {
  "strong.md": fixture("strong-phd-recsys/resume.md"),
  "frontend.md": fixture("frontend-engineer/resume.md"),
  "ms.md": fixture("ms-data-scientist/resume.md"),
});
const frontend = frontendPosting();
const rowOf = (batch: BatchReport, name: string) => batch.rows.find((row) => path.basename(row.file) === name)!;

/** One run with a worker per core, read by several tests. */
let mixedRun: Awaited<ReturnType<typeof batchJson>>;
beforeAll(async () => {
  mixedRun = await batchJson([mixed, "--job", "netflix-ml-intern"], 2);
});

describe("ats-score batch", () => {
  it("scores the good files, gives each bad file its error in its row, and goes on", () => {
    const { exitCode, batch, stderr } = mixedRun;
    expect(exitCode).toBe(1);
    expect(batch.rows.map((row) => path.basename(row.file)).sort()).toEqual([
      "empty.pdf",
      "encrypted.pdf",
      "frontend.txt",
      "nurse.md",
      "photo.pdf",
      "strong.pdf",
      "truncated.pdf",
    ]);
    expect(rowOf(batch, "empty.pdf").error).toEqual({ code: "empty", message: "the file is empty (0 bytes)" });
    expect(rowOf(batch, "encrypted.pdf").error?.message).toMatch(/password-protected/);
    expect(rowOf(batch, "photo.pdf").error?.message).toMatch(/this is an image/);
    expect(rowOf(batch, "truncated.pdf").error?.message).toMatch(/damaged|truncated/);
    expect(rowOf(batch, "strong.pdf").results[0].scores.overall).toBeGreaterThan(80);
    expect(rowOf(batch, "frontend.txt").results[0].missing.length).toBeGreaterThan(0);
    // Ranked: best first, files that could not be read last.
    expect(batch.rows.slice(0, 3).map((row) => path.basename(row.file))).toEqual([
      "strong.pdf",
      "frontend.txt",
      "nurse.md",
    ]);
    expect(batch.rows.slice(3).every((row) => row.error && row.results.length === 0)).toBe(true);
    expect(batch.summary).toEqual({ files: 7, scored: 3, failed: 4, belowMinScore: 0, interrupted: false });
    expect(stderr).toMatch(/3 of 7 resumes scored .*; 4 could not be read/);
  });

  it("prints a ranked table with the error in the row of each unreadable file", async () => {
    const args = ["batch", mixed, "--job", "netflix-ml-intern", "--workers", "1"];
    const { exitCode, stdout } = await runCli(args, { columns: 160 });
    expect(exitCode).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^RANK\s+FILE\s+OVERALL\s+KEYWORDS\s+SKILLS\s+FORMAT\s+TOP MISSING SKILLS$/);
    expect(lines[1]).toMatch(/^\s+1\s+strong\.pdf\s+\d+\s+\d+\s+\d+\s+\d+\s+/);
    expect(stdout).toMatch(/encrypted\.pdf\s+✘ the PDF is password-protected/);
    expect(lines).toHaveLength(9);
    expect(lines.at(-1)).toBe(`files in ${mixed}/`);
  });

  it("exits 0 when every resume meets --min-score, 1 when one falls below, 2 when nothing could be scored", async () => {
    const passing = await runCli(["batch", good, "--job", "netflix-ml-intern", "--min-score", "20", "--workers", "1"]);
    expect(passing.exitCode).toBe(0);
    const below = await batchJson([good, "--job", "netflix-ml-intern", "--min-score", "60"]);
    expect(below.exitCode).toBe(1);
    expect(below.batch.summary.belowMinScore).toBe(2);
    expect(below.stderr).toMatch(/2 below --min-score 60/);
    // Nothing scored: an empty file, an image, and a resume over --max-file-size (1 KB here).
    const tooLarge = ["--max-file-size", "0.001", "--format", "json", "--workers", "1"];
    const unreadable = ["empty.pdf", "photo.pdf", "nurse.md"].map((name) => path.join(mixed, name));
    const nothing = await runCli(["batch", ...unreadable, "--job", "netflix-ml-intern", ...tooLarge]);
    expect(JSON.parse(nothing.stdout).rows.map((row: BatchRow) => row.error?.code)).toEqual([
      "empty",
      "too-large",
      "image-file",
    ]);
    expect(nothing.exitCode).toBe(2);
    const none = await runCli([
      "batch",
      makeFolder("ats-batch-none-", { "readme.rtf": "x" }),
      "--job",
      "netflix-ml-intern",
    ]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/^ats-score: no resumes found in .*ats-batch-none-\w+ \(looked for \.pdf, \.docx/);
    const unknown = await runCli(["batch", good, "--job", "netflx-ml-intern"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/did you mean "netflix-ml-intern"/);
  });

  it("scores a resume × job matrix and names each resume's best-fitting job", async () => {
    const { batch, exitCode } = await batchJson([good, "--job", "netflix-ml-intern", "--job", frontend]);
    expect(exitCode).toBe(0);
    expect(batch.jobs.map((job) => job.id)).toEqual(["netflix-ml-intern", "frontend-dev"]);
    for (const row of batch.rows)
      expect(row.results.map((result) => result.job)).toEqual(["netflix-ml-intern", "frontend-dev"]);
    expect(rowOf(batch, "strong.md").best).toBe("netflix-ml-intern");
    expect(rowOf(batch, "frontend.md").best).toBe("frontend-dev");
    const table = await runCli(["batch", good, "--job", "netflix-ml-intern", "--job", frontend, "--workers", "1"], {
      columns: 140,
    });
    expect(table.stdout.split("\n")[0]).toMatch(
      /^RANK\s+FILE\s+BEST JOB\s+netflix-ml-intern\s+frontend-dev\s+TOP MISSING/,
    );
    expect(table.stdout).toMatch(/frontend\.md\s+frontend-dev\s+\d+\s+\d+/);
  });

  it("keeps the --top rows in --sort order", async () => {
    const top = await batchJson([good, "--job", "netflix-ml-intern", "--top", "2"]);
    expect(top.batch.rows.map((row) => path.basename(row.file))).toEqual(["strong.md", "ms.md"]);
    expect(top.batch.summary.files).toBe(3);
    const byFile = await batchJson([good, "--job", "netflix-ml-intern", "--sort", "file"]);
    expect(byFile.batch.rows.map((row) => path.basename(row.file))).toEqual(["frontend.md", "ms.md", "strong.md"]);
  });

  it("gives byte-identical JSON whatever the number of workers", async () => {
    const again = await batchJson([mixed, "--job", "netflix-ml-intern"], 1);
    expect(again.stdout).toBe(mixedRun.stdout);
  });

  it("rejects bad arguments with exit code 2", async () => {
    expect((await runCli(["batch", good])).stderr).toMatch(/missing --job/);
    expect((await runCli(["batch", good, "--job", "netflix-ml-intern", "--format", "pretty"])).exitCode).toBe(2);
    expect((await runCli(["batch", good, "--job", "netflix-ml-intern", "--sort", "nope"])).exitCode).toBe(2);
    expect((await runCli(["batch", good, "--job", "netflix-ml-intern", "--top", "0"])).exitCode).toBe(2);
  });
});

describe("scoreBatch", () => {
  const options = {
    postings: [loadPosting("netflix-ml-intern")],
    extract: defaultExtractOptions,
    timeoutMs: 20_000,
    workers: 2,
  };
  const collect = async (rows: AsyncIterable<BatchRow>) => {
    const all: BatchRow[] = [];
    for await (const row of rows) all.push(row);
    return all;
  };

  it("uses the built worker when there is one; the in-process fallback gives the same rows, in input order", async () => {
    expect(builtWorkerFile()).toMatch(/dist[/\\]batch[/\\]batch-worker\.js$/);
    const inProcess = await collect(scoreBatch({ ...options, inputs: [mixed], workerFile: null }));
    const byFile = (a: BatchRow, b: BatchRow) => a.file.localeCompare(b.file);
    expect([...inProcess].sort(byFile)).toEqual([...mixedRun.batch.rows].sort(byFile));
    // Rows come in input order: folder entries by name, sub-folders where they sort.
    expect(inProcess.map((row) => path.relative(mixed, row.file))).toEqual([
      "empty.pdf",
      "encrypted.pdf",
      "nurse.md",
      "photo.pdf",
      "strong.pdf",
      path.join("sub", "frontend.txt"),
      "truncated.pdf",
    ]);
  });

  // Worker threads read PDFs with fonts "installed" into a stand-in (no glyph outlines compiled); the
  // fallback reads them the plain way. Every font oddity in the format fixtures must read the same both ways.
  it("reads every format fixture in worker threads as it does in process", async () => {
    const threaded = await collect(scoreBatch({ ...options, inputs: ["fixtures/format"] }));
    const inProcess = await collect(scoreBatch({ ...options, inputs: ["fixtures/format"], workerFile: null }));
    expect(threaded.filter((row) => !row.error).length).toBeGreaterThan(15);
    expect(threaded).toEqual(inProcess);
  });

  it("stops at once when its signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await collect(scoreBatch({ ...options, inputs: [mixed], signal: controller.signal }))).toEqual([]);
  });

  it("turns a missing input into an error row", async () => {
    const inputs = [path.join(good, "strong.md"), "no/such.pdf"];
    const rows = await collect(scoreBatch({ ...options, inputs, workerFile: null }));
    expect(rows[1]).toEqual({
      file: "no/such.pdf",
      error: { code: "missing", message: "no such file or folder" },
      results: [],
    });
  });
});
