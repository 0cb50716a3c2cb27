import type { Check } from "../types.js";

export const encrypted: Check = {
  id: "encrypted",
  severity: "warning",
  description: "The PDF is encrypted or restricts what readers may do with it (copying text, printing).",
  why: "Some ATS parsers refuse encrypted files or honour 'no copying', which forbids the text extraction they rely on.",
  fix: "Export the resume again without a password or permission restrictions.",
  run({ doc }) {
    const restrictions = doc.facts.restrictions ?? [];
    if (!doc.facts.encrypted && restrictions.length === 0) return [];
    return [
      {
        checkId: this.id,
        // Forbidding copying forbids exactly what an ATS does with the file.
        severity: restrictions.includes("copy") ? "error" : this.severity,
        data: { restrictions },
        location: { path: ["facts", "restrictions"] },
      },
    ];
  },
};
