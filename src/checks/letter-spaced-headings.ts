import type { Check } from "../types.js";

/** Four or more single letters in a row separated by spaces: "E X P E R I E N C E". */
const LETTER_SPACED = /(?:^|\s)((?:\p{L}\s){3,}\p{L})(?=\s|$)/u;

/** A run of at least three different letters: "Â Â Â" (a mis-decoded no-break space) is not a word. */
const isLetterSpaced = (text: string) => {
  const run = LETTER_SPACED.exec(text)?.[1];
  return run !== undefined && new Set(run.replace(/\s/g, "").toLowerCase()).size >= 3;
};

export const letterSpacedHeadings: Check = {
  id: "letter-spaced-headings",
  severity: "warning",
  description: "Headings are letter-spaced, so they come out as single letters ('E X P E R I E N C E').",
  why: "A parser that does not rejoin the letters cannot find the section, so its contents land under the wrong heading.",
  fix: "Remove the extra character spacing from headings (use bold or a larger size to make them stand out).",
  run({ doc }) {
    const lines = doc.lines.filter((line) => !line.hidden && line.text.length <= 60 && isLetterSpaced(line.text));
    if (lines.length === 0) return [];
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { lines: lines.length, examples: lines.slice(0, 3).map((line) => line.text) },
        location: { line: lines[0].index, page: lines[0].page },
      },
    ];
  },
};
