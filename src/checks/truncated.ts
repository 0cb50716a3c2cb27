import type { Check } from "../types.js";

export const truncated: Check = {
  id: "truncated",
  severity: "warning",
  description: "The PDF ends early (no end-of-file marker): it was cut off or saved incompletely.",
  why: "Stricter parsers reject a damaged file outright; others lose the pages they cannot find.",
  fix: "Export the PDF again and check it opens before uploading.",
  run({ doc }) {
    if (!doc.facts.truncated) return [];
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { bytes: doc.facts.fileBytes },
        location: { path: ["facts"] },
      },
    ];
  },
};
