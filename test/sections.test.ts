import { describe, expect, it } from "vitest";
import { sectionForHeading } from "../src/analyse/sections.js";
import { markdownDocument } from "./helpers/documents.js";

describe("section headings", () => {
  const cases: [string, string | undefined][] = [
    ["EXPERIENCE", "experience"],
    ["Work Experience", "experience"],
    ["Professional Experience:", "experience"],
    ["E X P E R I E N C E", "experience"],
    ["Research Experience", "research"],
    ["Education", "education"],
    ["EDUCATION & TRAINING", "education"],
    ["Selected Publications", "publications"],
    ["Technical Skills", "skills"],
    ["Skills & Tools", "skills"],
    ["Relevant Coursework", "coursework"],
    ["Honors and Awards", "awards"],
    ["Teaching Experience", "teaching"],
    ["Projects", "projects"],
    ["Professional Summary", "summary"],
    ["Clinical Experience", "experience"],
    // Not headings: sentences, long lines, words that merely contain a heading word.
    ["Experience with PyTorch and distributed training on large clusters.", undefined],
    ["Skills gained during the internship include many things", undefined],
    ["Education is important.", undefined],
    ["Experiences", undefined],
  ];
  it.each(cases)("%s -> %s", (heading, expected) => {
    expect(sectionForHeading(heading)).toBe(expected);
  });

  it("assigns lines to the section above them, the top block to contact", () => {
    const doc = markdownDocument(
      "# Ada Park\nada@example.com\n## EDUCATION\nPh.D. in CS, 2027\n## Skills\n- Python, PyTorch\n",
    );
    expect(doc.lines.map((line) => [line.text, line.section, line.heading])).toEqual([
      ["Ada Park", "contact", false],
      ["ada@example.com", "contact", false],
      ["EDUCATION", "education", true],
      ["Ph.D. in CS, 2027", "education", false],
      ["Skills", "skills", true],
      ["• Python, PyTorch", "skills", false],
    ]);
    expect(doc.sections.map((section) => [section.id, section.startLine, section.endLine])).toEqual([
      ["contact", 0, 1],
      ["education", 3, 3],
      ["skills", 5, 5],
    ]);
  });
});
