import type { Check, Finding, Line } from "../types.js";

/** Text boxes (DOCX) and rotated text (PDF) share Line.floating; each has its own check and wording. */
function floatingCheck(id: string, format: "docx" | "pdf", description: string, why: string, fix: string): Check {
  return {
    id,
    severity: "warning",
    description,
    why,
    fix,
    run({ doc }) {
      if (doc.source.format !== format) return [];
      const lines: Line[] = doc.lines.filter((line) => line.floating && !line.hidden);
      if (lines.length === 0) return [];
      const finding: Finding = {
        checkId: id,
        severity: "warning",
        data: { lines: lines.length, texts: lines.slice(0, 3).map((line) => line.text.slice(0, 60)) },
        location: { line: lines[0].index, page: lines[0].page },
      };
      return [finding];
    },
  };
}

export const textBoxes = floatingCheck(
  "text-boxes",
  "docx",
  "Text sits in text boxes or shapes.",
  "Many parsers skip text boxes or read them after the body, out of place.",
  "Move the text out of the boxes into normal paragraphs.",
);

export const rotatedText = floatingCheck(
  "rotated-text",
  "pdf",
  "Text is rotated (sideways section titles or labels).",
  "Parsers read rotated text letter by letter or in the wrong place, so those titles are lost.",
  "Write titles horizontally.",
);
