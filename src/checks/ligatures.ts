import type { Check } from "../types.js";

const LIGATURE = /[\ufb00-\ufb06]/;

export const ligatures: Check = {
  id: "ligatures",
  severity: "warning",
  description: "Words contain ligature characters (ﬁ, ﬂ, ﬀ) instead of separate letters.",
  why: "An ATS searching for 'fine-tuning' or 'workflow' does not match 'ﬁne-tuning' or 'workﬂow'.",
  fix: "Export with a Unicode map for ligatures (LaTeX: \\usepackage[T1]{fontenc} and \\pdfgentounicode=1, or \\usepackage{cmap}), or turn ligatures off.",
  run({ doc }) {
    const lines = doc.lines.filter((line) => !line.hidden && LIGATURE.test(line.text));
    if (lines.length === 0) return [];
    const words = lines.flatMap((line) => line.text.split(/\s+/).filter((word) => LIGATURE.test(word)));
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { words: words.length, examples: [...new Set(words)].slice(0, 4) },
        location: { line: lines[0].index, page: lines[0].page },
      },
    ];
  },
};
