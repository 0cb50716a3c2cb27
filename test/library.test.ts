import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** Runs an ES module the way a user's program would, importing the package by its name (dist/ via "exports"). */
const asUser = async (source: string) =>
  (await run(process.execPath, ["--input-type=module", "-e", source], { cwd: process.cwd() })).stdout;

describe('import { scoreResume, loadPosting } from "ats-score"', () => {
  it("scores a resume through the package entry", async () => {
    const stdout = await asUser(`
      import { scoreResume, loadPosting, extractDocument, scoreDocument, warmUp, checks, SCHEMA_VERSION } from "ats-score";
      const posting = loadPosting("netflix-ml-intern");
      await warmUp();
      const report = await scoreResume("fixtures/resumes/strong-phd-recsys/resume.pdf", posting);
      const byId = await scoreResume("fixtures/resumes/nurse/resume.md", "netflix-ml-intern");
      const again = await scoreDocument(await extractDocument("fixtures/resumes/nurse/resume.md"), posting);
      console.log(JSON.stringify({
        id: posting.id, overall: report.scores.overall, nurse: byId.scores.overall, same: JSON.stringify(again) === JSON.stringify(byId),
        checks: checks.length, version: SCHEMA_VERSION === report.schemaVersion,
      }));
    `);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ id: "netflix-ml-intern", same: true, version: true });
    expect(result.overall).toBeGreaterThan(80);
    expect(result.nurse).toBeLessThan(40);
    expect(result.checks).toBeGreaterThan(5);
  });

  it("throws typed errors a program can tell apart", async () => {
    const stdout = await asUser(`
      import { scoreResume, InputError, PostingError } from "ats-score";
      const codes = [];
      for (const [file, job] of [["fixtures/bad/encrypted.pdf", "netflix-ml-intern"], ["fixtures/resumes/nurse/resume.md", "no-such-job"]]) {
        try { await scoreResume(file, job); } catch (error) { codes.push([error instanceof InputError, error instanceof PostingError, error.code]); }
      }
      console.log(JSON.stringify(codes));
    `);
    expect(JSON.parse(stdout)).toEqual([
      [true, false, "pdf-encrypted"],
      [false, true, expect.any(String)],
    ]);
  });

  it("ships type declarations for the API and the report types", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8"));
    expect(manifest.exports["."]).toEqual({ types: "./dist/index.d.ts", import: "./dist/index.js" });
    const declarations = readFileSync("dist/index.d.ts", "utf8");
    for (const name of ["scoreResume", "scoreDocument", "warmUp"]) {
      expect(declarations).toMatch(new RegExp(`export declare function ${name}\\(`));
    }
    expect(declarations).toMatch(/export \{[^}]*\bloadPosting\b/);
    expect(declarations).toContain('export type * from "./types.js"');
    expect(readFileSync("dist/types.d.ts", "utf8")).toMatch(/export interface Report \{/);
  });
});
