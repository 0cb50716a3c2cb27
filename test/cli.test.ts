import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkCliCase, runCli, type CliCase } from "./helpers/run-cli.js";

const strong = "fixtures/resumes/strong-phd-recsys/resume.pdf";
const scratch = mkdtempSync(path.join(tmpdir(), "ats-cli-"));
const file = (name: string, content: string | Uint8Array) => {
  const target = path.join(scratch, name);
  writeFileSync(target, content);
  return target;
};
const pdfBytes = readFileSync(strong);
const truncated = file("truncated.pdf", pdfBytes.subarray(0, 2000));
const pngAsPdf = file("photo.pdf", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
const empty = file("empty.pdf", "");
const invalidPosting = file(
  "bad-posting.yaml",
  "id: bad\ntitle: Bad\ncompany: X\nskills:\n  - id: a\n    name: [A]\nrequirements: []\n",
);

const cases: CliCase[] = [
  {
    name: "scores a PDF",
    args: [strong, "--job", "netflix-ml-intern"],
    exitCode: 0,
    stdout: /Machine Learning\/AI Scientist Intern \(PhD\), 2026 · Netflix[\s\S]*Overall/,
  },
  {
    name: "json",
    args: [strong, "--job", "netflix-ml-intern", "--json"],
    exitCode: 0,
    stdout: /^\{\n {2}"schemaVersion": 1,/,
  },
  { name: "min-score passed", args: [strong, "--job", "netflix-ml-intern", "--min-score", "80"], exitCode: 0 },
  {
    name: "min-score failed",
    args: ["fixtures/resumes/nurse/resume.pdf", "--job", "netflix-ml-intern", "--min-score", "50"],
    exitCode: 1,
    stderr: /below --min-score 50/,
  },
  {
    name: "min-score out of range",
    args: [strong, "--job", "netflix-ml-intern", "--min-score", "500"],
    exitCode: 2,
    stderr: /--min-score.*0 to 100/,
  },
  {
    name: "unknown job",
    args: [strong, "--job", "netflx-ml-intern"],
    exitCode: 2,
    stderr: /^ats-score: unknown job "netflx-ml-intern"; did you mean "netflix-ml-intern"\?/,
    oneLineError: true,
  },
  {
    name: "path traversal job id",
    args: [strong, "--job", "..\\..\\etc"],
    exitCode: 2,
    stderr: /^ats-score: \.\.\\\.\.\\etc: a posting file must be a \.yaml or \.yml file\n$/,
    oneLineError: true,
  },
  {
    name: "path traversal to a system file",
    args: [strong, "--job", "../../etc/passwd"],
    exitCode: 2,
    stderr: /^ats-score: \.\.\/\.\.\/etc\/passwd: a posting file must be a \.yaml or \.yml file\n$/,
    oneLineError: true,
  },
  {
    name: "invalid posting file",
    args: [strong, "--job", invalidPosting],
    exitCode: 2,
    stderr: /bad-posting\.yaml:6:11: skills\[0\]\.name must be a string/,
    oneLineError: true,
  },
  { name: "missing job flag", args: [strong], exitCode: 2, stderr: /missing --job/, oneLineError: true },
  {
    name: "missing file",
    args: ["nope/missing.pdf", "--job", "netflix-ml-intern"],
    exitCode: 2,
    stderr: /^ats-score: nope\/missing\.pdf: file not found\n$/,
    oneLineError: true,
  },
  {
    name: "empty file",
    args: [empty, "--job", "netflix-ml-intern"],
    exitCode: 2,
    stderr: /empty\.pdf: the file is empty/,
    oneLineError: true,
  },
  {
    name: "truncated PDF",
    args: [truncated, "--job", "netflix-ml-intern"],
    exitCode: 2,
    stderr: /truncated\.pdf: .*(damaged|truncated)/,
    oneLineError: true,
  },
  {
    name: "PNG named .pdf",
    args: [pngAsPdf, "--job", "netflix-ml-intern"],
    exitCode: 2,
    stderr: /photo\.pdf: this is an image, not a document/,
    oneLineError: true,
  },
  {
    name: "encrypted PDF",
    args: ["fixtures/bad/encrypted.pdf", "--job", "netflix-ml-intern"],
    exitCode: 2,
    stderr: /encrypted\.pdf: the PDF is password-protected/,
    oneLineError: true,
  },
  {
    name: "folder",
    args: ["fixtures", "--job", "netflix-ml-intern"],
    exitCode: 2,
    stderr: /fixtures: is a folder/,
    oneLineError: true,
  },
  { name: "unknown option", args: [strong, "--jbo", "x"], exitCode: 2, stderr: /unknown option '--jbo'/ },
  {
    name: "help",
    args: ["--help"],
    exitCode: 0,
    stdout: /Examples:[\s\S]*ats-score resume\.pdf --job netflix-ml-intern[\s\S]*Exit codes/,
  },
  { name: "version", args: ["--version"], exitCode: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
  {
    name: "postings list",
    args: ["postings"],
    exitCode: 0,
    stdout: /netflix-ml-intern\s+\d+\s+Machine Learning\/AI Scientist Intern/,
  },
];

describe("CLI", () => {
  it.each(cases)("$name", checkCliCase);

  it("prints only JSON on stdout, with the documented shape, identical across runs", async () => {
    const first = await runCli([strong, "--job", "netflix-ml-intern", "--json"]);
    const second = await runCli([strong, "--job", "netflix-ml-intern", "--json"]);
    expect(first.stdout).toBe(second.stdout);
    const report = JSON.parse(first.stdout);
    expect(Object.keys(report)).toEqual([
      "schemaVersion",
      "tool",
      "resume",
      "job",
      "readable",
      "scores",
      "requirements",
      "areas",
      "skills",
      "softSkills",
      "keywords",
      "sections",
      "contact",
      "findings",
    ]);
    expect(Object.keys(report.scores)).toEqual(["overall", "keywords", "skills", "requirements", "format"]);
  });

  it("colours only for a terminal without NO_COLOR", async () => {
    const args = [strong, "--job", "netflix-ml-intern"];
    const ansi = new RegExp(String.fromCharCode(27) + "\\[");
    expect((await runCli(args, { stdoutIsTTY: true })).stdout).toMatch(ansi);
    expect((await runCli(args, { stdoutIsTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ansi);
    expect((await runCli([...args, "--no-color"], { stdoutIsTTY: true })).stdout).not.toMatch(ansi);
    expect((await runCli(args, { stdoutIsTTY: false })).stdout).not.toMatch(ansi);
  });

  it("finds user postings through ATS_SCORE_POSTINGS", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ats-user-postings-"));
    writeFileSync(
      path.join(dir, "acme-ml.yaml"),
      "id: acme-ml\ntitle: ML Engineer\ncompany: Acme\nskills:\n  - id: pytorch\n    name: PyTorch\nrequirements: []\n",
    );
    const result = await runCli(["fixtures/resumes/strong-phd-recsys/resume.md", "--job", "acme-ml", "--json"], {
      env: { ATS_SCORE_POSTINGS: dir },
    });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).skills[0]).toMatchObject({ skillId: "pytorch", status: "matched" });
  });
});

describe("the installed bin", () => {
  const run = promisify(execFile);
  it("runs through bin/ats-score.js with exit codes", async () => {
    const ok = await run(process.execPath, ["bin/ats-score.js", strong, "--job", "netflix-ml-intern", "--json"]);
    expect(JSON.parse(ok.stdout).scores.overall).toBeGreaterThan(80);
    const failure = await run(process.execPath, [
      "bin/ats-score.js",
      "missing.pdf",
      "--job",
      "netflix-ml-intern",
    ]).catch((error) => error);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toBe("ats-score: missing.pdf: file not found\n");
  });

  it("stops quietly when the reader closes the pipe early", async () => {
    // The HTML report is larger than a pipe's buffer, so the writer is still writing when head exits.
    const command = `node bin/ats-score.js ${strong} --job netflix-ml-intern --format html | head -c 15`;
    const piped = await run("sh", ["-c", command]);
    expect(piped.stdout).toBe("<!doctype html>");
    expect(piped.stderr).toBe("");
  });
});
