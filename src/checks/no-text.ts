import type { Check } from "../types.js";

/** Fewer visible characters than this means there is effectively no text layer. */
const MIN_TEXT_CHARS = 50;

export const noText: Check = {
  id: "no-text",
  severity: "error",
  description: "The file has no readable text layer (a scan or an image export).",
  why: "An ATS reads text, not pixels: a scanned or image-only resume reaches the recruiter's search empty.",
  fix: "Export the resume from your editor as a text PDF or DOCX; do not scan or print to image.",
  run({ doc }) {
    if (doc.facts.textChars >= MIN_TEXT_CHARS) return [];
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { textChars: doc.facts.textChars, pages: doc.facts.pageCount },
        location: { path: ["facts", "textChars"] },
      },
    ];
  },
};
