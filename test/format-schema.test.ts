import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPosting, scoreResume } from "../src/index.js";
import { validateAgainstSchema, type SchemaNode } from "../src/posting/validate-schema.js";
import type { BatchReport, Report } from "../src/types.js";
import { batchJson, fixture, frontendPosting, makeFolder } from "./helpers/batch-folder.js";
import { runCli } from "./helpers/run-cli.js";

const schema = JSON.parse(readFileSync("schemas/report.schema.json", "utf8")) as SchemaNode & { $id: string };
/** A definition inside the schema as a root of its own (`report.schema.json#/$defs/name`). */
const definition = (name: string): SchemaNode => ({ $defs: schema.$defs, $ref: `#/$defs/${name}` });
const problems = (root: SchemaNode, value: unknown) =>
  validateAgainstSchema(root, structuredClone(value)).map((problem) => `${problem.path.join(".")}: ${problem.message}`);

const resumes = readdirSync("fixtures/resumes")
  .flatMap((name) => ["resume.md", "resume.pdf"].map((file) => path.join("fixtures/resumes", name, file)))
  .filter((file) => existsSync(file));

describe("schemas/report.schema.json", () => {
  let reports: Report[];
  let batch: BatchReport;
  let jsonl: string;
  beforeAll(async () => {
    const posting = loadPosting("netflix-ml-intern");
    reports = await Promise.all(resumes.map((file) => scoreResume(file, posting)));
    const folder = makeFolder("ats-schema-", {
      "strong.md": fixture("strong-phd-recsys/resume.md"),
      "frontend.md": fixture("frontend-engineer/resume.md"),
      "encrypted.pdf": readFileSync("fixtures/bad/encrypted.pdf"),
    });
    const args = [folder, "--job", "netflix-ml-intern", "--job", frontendPosting(), "--min-score", "50"];
    ({ batch } = await batchJson(args));
    jsonl = (await runCli(["batch", ...args, "--format", "jsonl"])).stdout;
  });

  it("describes every real report of the example resumes", () => {
    expect(reports.length).toBeGreaterThanOrEqual(12);
    for (const report of reports) expect(problems(schema, report), report.resume.path).toEqual([]);
  });

  it("describes the JSON the CLI prints", async () => {
    const printed = await runCli([
      "fixtures/resumes/keyword-stuffer/resume.md",
      "--job",
      "netflix-ml-intern",
      "--json",
    ]);
    expect(problems(schema, JSON.parse(printed.stdout))).toEqual([]);
  });

  it("describes batch JSON and every JSON Lines row", () => {
    expect(problems(definition("batchReport"), batch)).toEqual([]);
    const rows = jsonl
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(problems(definition("batchRow"), row)).toEqual([]);
  });

  it("rejects reports that break it, naming the path", () => {
    const report = structuredClone(reports[0]) as unknown as Record<string, Record<string, unknown>>;
    report.scores.overall = "98";
    report.resume.format = "rtf";
    (report.findings as unknown as unknown[]).push({
      checkId: "x",
      severity: "fatal",
      data: { n: null },
      location: {},
    });
    delete report.contact;
    expect(problems(schema, report)).toEqual(
      [
        'is missing the required key "contact"',
        'resume.format: must be one of "pdf", "docx", "txt", "md"',
        "scores.overall: must be a whole number, not a string",
        `findings.${reports[0].findings.length}.severity: must be one of "error", "warning", "info"`,
        `findings.${reports[0].findings.length}.data.n: must be a string or a number or true or false or a list, not a null`,
      ].map((line) => (line.startsWith("is missing") ? `: ${line}` : line)),
    );
    const row = { ...batch.rows[0], results: [{ job: "x" }] };
    expect(problems(definition("batchRow"), row)).toContain('results.0: is missing the required key "scores"');
  });

  it("is versioned with the reports and shipped in the package", () => {
    expect(schema.properties?.schemaVersion).toEqual({ enum: [reports[0].schemaVersion] });
    expect(schema.$id).toMatch(/\/schemas\/report\.schema\.json$/);
    const manifest = JSON.parse(readFileSync("package.json", "utf8"));
    expect(manifest.files).toContain("schemas/");
    expect(manifest.exports["./schemas/*"]).toBe("./schemas/*");
  });
});
