import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checks } from "../src/checks/index.js";
import { extractDocument } from "../src/extract/index.js";
import { loadPosting } from "../src/posting/load.js";
import type { Document } from "../src/types.js";

/** Real resumes from the shared data set (never copied here); the whole run is `npm run survey`. */
const shared = path.resolve(import.meta.dirname, "../../shared/data/resumes");
const present = existsSync(shared);
if (!present) console.log(`real-documents: skipped, ${shared} is absent`);

const posting = loadPosting("netflix-ml-intern");
const findingsOf = (doc: Document) =>
  checks.flatMap((check) => check.run({ doc, posting, matchFindings: [], words: 500 })).map((f) => f.checkId);

/** Layout findings that would be false alarms on single-column documents. */
const LAYOUT = ["two-columns", "sidebar", "hidden-text", "missing-tounicode", "image-only", "no-text"];

describe.skipIf(!present)("real resumes (smoke test; npm run survey runs all of them)", () => {
  it("raises no column or hidden-text alarm on single-column templates with date columns beside the text", async () => {
    // templates.csv records every template as one column; these put dates right-aligned or in a left gutter.
    const columns = new Map(
      readFileSync(path.join(shared, "templates/templates.csv"), "utf8")
        .trim()
        .split("\n")
        .map((row) => [row.split(",")[0], row.split(",")[5]]),
    );
    for (const file of ["jakegut_resume.pdf", "sb2nov_resume.pdf", "resume-matcher_sample_harvey_dent_mle.pdf"]) {
      expect(columns.get(file), file).toBe("1");
      const doc = await extractDocument(path.join(shared, "templates", file));
      expect(doc.lines.length, file).toBeGreaterThan(20);
      expect(
        findingsOf(doc).filter((id) => LAYOUT.includes(id)),
        file,
      ).toEqual([]);
    }
  });

  it("finds what the templates are known for: icon contact lines, rotated titles, ligatures", async () => {
    const cases: [string, string][] = [
      ["awesome-cv_resume.pdf", "icons-for-contact"],
      ["billryan_resume.pdf", "icons-for-contact"],
      ["latexcv_rows.pdf", "rotated-text"],
      ["latexcv_classic.pdf", "ligatures"],
    ];
    for (const [file, id] of cases) {
      expect(findingsOf(await extractDocument(path.join(shared, "templates", file))), file).toContain(id);
    }
  });

  it("reads the first LiveCareer sample of four categories with no layout finding", async () => {
    const categories = readdirSync(path.join(shared, "livecareer"))
      .filter((name) => !name.includes("."))
      .sort()
      .slice(0, 4);
    for (const category of categories) {
      const folder = path.join(shared, "livecareer", category);
      const file = path.join(folder, readdirSync(folder).sort()[0]);
      const doc = await extractDocument(file);
      expect(doc.facts.textChars, file).toBeGreaterThan(500);
      expect(
        findingsOf(doc).filter((id) => LAYOUT.includes(id) || id === "table-layout"),
        file,
      ).toEqual([]);
    }
  });
});
