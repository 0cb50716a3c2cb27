import type { Check } from "../types.js";

export const ligatures: Check = {
  id: "ligatures",
  severity: "warning",
  description: "Words are written with ligature characters (ﬁ, ﬂ, ﬀ) instead of separate letters.",
  why: "Parsers that keep the ligature character do not match 'ﬁne-tuning' or 'workﬂow' to the posting's words.",
  fix: "Export with ligatures mapped to letters (LaTeX: \\pdfgentounicode=1 with glyphtounicode, or \\usepackage{cmap}), or turn ligatures off.",
  run({ doc }) {
    const found = doc.facts.ligatures;
    if (!found) return [];
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { words: found.words, examples: found.examples },
        location: { path: ["facts", "ligatures"] },
      },
    ];
  },
};
