import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { csvField, formatCsv } from "../src/format/csv.js";
import { formatJsonl } from "../src/format/batch-json.js";
import { formatTable } from "../src/format/table.js";
import type { BatchReport } from "../src/types.js";
import { batchJson, fixture, frontendPosting, makeFolder } from "./helpers/batch-folder.js";

const folder = makeFolder("ats-tabular-", {
  "good,one.md": fixture("strong-phd-recsys/resume.md"),
  'quoted "name".md': fixture("frontend-engineer/resume.md"),
  "=formula.md": fixture("nurse/resume.md"),
  "a-rather-long-folder-name-for-the-table/ms-data-scientist-resume.md": fixture("ms-data-scientist/resume.md"),
  "encrypted.pdf": readFileSync("fixtures/bad/encrypted.pdf"),
});
let single: BatchReport;
let matrix: BatchReport;
beforeAll(async () => {
  ({ batch: matrix } = await batchJson([folder, "--job", "netflix-ml-intern", "--job", frontendPosting()]));
  ({ batch: single } = await batchJson([folder, "--job", "netflix-ml-intern"]));
});

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|$)/gy;
  let record: string[] = [];
  let match: RegExpExecArray | null;
  while (field.lastIndex < text.length && (match = field.exec(text))) {
    record.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]);
    if (match[3] !== ",") {
      records.push(record);
      record = [];
    }
  }
  return records;
}

describe("CSV", () => {
  it("quotes fields with commas and quotes, defuses formulas, and keeps one record per resume × job", () => {
    const text = formatCsv(matrix);
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...records] = parseCsv(text);
    expect(header).toEqual([
      "rank",
      "file",
      "job",
      "best",
      "overall",
      "keywords",
      "skills",
      "requirements",
      "format",
      "pages",
      "words",
      "missing",
      "error",
    ]);
    expect(records.every((record) => record.length === header.length)).toBe(true);
    expect(records).toHaveLength(4 * 2 + 1);
    const files = records.map((record) => record[1].slice(folder.length + 1));
    expect(files).toContain("good,one.md");
    expect(files).toContain('quoted "name".md');
    expect(text).toContain('/quoted ""name"".md"');
    expect(records.find((record) => record[1].endsWith("formula.md"))?.[1]).toMatch(/\/=formula\.md$/);
    const encrypted = records.find((record) => record[1].endsWith("encrypted.pdf"))!;
    expect([encrypted[0], encrypted[2], encrypted[12]]).toEqual(["", "", expect.stringMatching(/password-protected/)]);
    expect(records.filter((record) => record[3] === "true")).toHaveLength(4);
    expect(records[0][0]).toBe("1");
  });

  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["-1+2", "'-1+2"],
    [42, "42"],
    [undefined, ""],
  ])("field %j → %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("JSON Lines", () => {
  it("prints one whole row object per line", () => {
    const lines = formatJsonl(matrix).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line))).toEqual(matrix.rows);
  });
});

describe("table", () => {
  it("aligns the score columns, fits the width and cuts long paths from the left", () => {
    const text = formatTable(single, { color: false, width: 90 });
    const lines = text.trimEnd().split("\n");
    expect(lines.every((line) => line.length <= 90)).toBe(true);
    const overallEnd = lines[0].indexOf("OVERALL") + "OVERALL".length;
    for (const line of lines.slice(1, 5)) expect(line.slice(overallEnd - 3, overallEnd)).toMatch(/^ *\d+$/);
    expect(text).toMatch(/ {2}…[a-z-]+-resume\.md {2}/);
    expect(lines.at(-1)).toBe(`files in ${folder}/`);
    expect(lines.at(-2)).toMatch(/^\s+-\s+encrypted\.pdf\s+✘ the PDF is password-protected/);
  });

  it("colours scores only when asked", () => {
    const escape = String.fromCharCode(27);
    expect(formatTable(single, { color: true, width: 100 })).toContain(`${escape}[`);
    expect(formatTable(single, { color: false, width: 100 })).not.toContain(escape);
  });
});
