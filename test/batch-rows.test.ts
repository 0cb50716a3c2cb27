import { describe, expect, it } from "vitest";
import { RankedRows, compareRows, errorRow, scoredRow } from "../src/batch/rows.js";
import { InputError } from "../src/errors.js";
import { loadPosting, scoreDocument } from "../src/index.js";
import type { BatchRow } from "../src/types.js";
import { markdownDocument } from "./helpers/documents.js";

const row = (file: string, overall: number, keywords = 0): BatchRow => ({
  file,
  results: [
    {
      job: "j",
      readable: true,
      scores: { overall, keywords, skills: 0, requirements: 0, format: 0 },
      missing: [],
      findings: [],
    },
  ],
  best: "j",
});

describe("batch rows", () => {
  it("place a finding on the source file's own line (blank lines count) and on its page", async () => {
    const posting = loadPosting("netflix-ml-intern");
    const doc = markdownDocument(
      "# Jane Doe\n\n\nPhD student in machine learning\n\n## Skills\n\nPython, PyTorch\n",
      "cv.md",
    );
    const report = await scoreDocument(doc, posting);
    report.findings.push({ checkId: "length", severity: "warning", data: {}, location: { line: 1 } });
    const placed = scoredRow("cv.md", doc, [report], [posting]).results[0].findings.at(-1);
    expect(doc.lines[1].text).toBe("PhD student in machine learning");
    expect(placed?.fileLocation).toEqual({ page: 1, line: 4 });
  });

  it("keep a file's problem without repeating its name", () => {
    expect(errorRow("a/cv.pdf", new InputError("a/cv.pdf", "empty", "the file is empty (0 bytes)"))).toEqual({
      file: "a/cv.pdf",
      error: { code: "empty", message: "the file is empty (0 bytes)" },
      results: [],
    });
    expect(errorRow("x.pdf", new TypeError("boom")).error).toEqual({
      code: "unexpected",
      message: "unexpected error: boom",
    });
  });

  it("rank by the chosen score, then by file, with errors last", () => {
    const rows = [row("b", 50, 9), errorRow("a", new Error("x")), row("c", 70, 1), row("a", 50, 5)];
    expect([...rows].sort(compareRows("overall")).map((item) => item.file)).toEqual(["c", "a", "b", "a"]);
    expect([...rows].sort(compareRows("keywords")).map((item) => item.file)).toEqual(["b", "a", "c", "a"]);
    expect([...rows].sort(compareRows("file")).map((item) => `${item.file}${item.error ? "!" : ""}`)).toEqual([
      "a!",
      "a",
      "b",
      "c",
    ]);
  });

  it("keep only the best rows for --top, whatever arrives", () => {
    const kept = new RankedRows("overall", 3);
    for (let index = 0; index < 100; index++) kept.add(row(`f${index}`, (index * 37) % 101));
    expect(kept.ranked().map((item) => item.results[0].scores.overall)).toEqual([100, 99, 98]);
  });
});
