import type { Check } from "../types.js";

/**
 * Upload caps of common ATS portals (sources in docs/checks.md): Oracle Taleo and many white-label portals
 * refuse files over 5 MB; Lever takes 10 MB, Greenhouse 100 MB. Above 2 MB a resume is carrying pictures.
 */
export const UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const HEAVY_BYTES = 2 * 1024 * 1024;

export const fileSize: Check = {
  id: "file-size",
  severity: "error",
  description: "The file is larger than common ATS upload limits (5 MB), or heavy for a resume (over 2 MB).",
  why: "Taleo and many employer portals refuse uploads over 5 MB; large files also time out in some parsers.",
  fix: "Compress or remove pictures and re-export (Word: File > Compress Pictures; 'Save as PDF: minimum size').",
  run({ doc }) {
    const bytes = doc.facts.fileBytes;
    if (bytes <= HEAVY_BYTES) return [];
    const over = bytes > UPLOAD_LIMIT_BYTES;
    return [
      {
        checkId: this.id,
        severity: over ? this.severity : "warning",
        data: { bytes, limit: over ? UPLOAD_LIMIT_BYTES : HEAVY_BYTES },
        location: { path: ["facts", "fileBytes"] },
      },
    ];
  },
};
