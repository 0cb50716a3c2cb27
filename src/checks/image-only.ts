import type { Check, Finding } from "../types.js";

/** Pictures covering this share of a page with no text on it make it a scan. */
const SCAN_SHARE = 0.3;

export const imageOnly: Check = {
  id: "image-only",
  severity: "error",
  description: "A page is a picture (a scan or an image export) with no text layer.",
  why: "An ATS reads the text layer only; everything on a scanned page is invisible to it and to recruiters' searches.",
  fix: "Export the page from the original document as a text PDF or DOCX; if only a scan exists, retype it.",
  run({ doc }) {
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const visibleLines = doc.lines.some((line) => line.page === page.number && !line.hidden);
      const imageShare = Math.min(
        1,
        page.images.reduce((sum, image) => sum + image.areaShare, 0),
      );
      if (visibleLines || imageShare < SCAN_SHARE) continue;
      findings.push({
        checkId: this.id,
        severity: this.severity,
        data: { page: page.number, imageShare: Math.round(imageShare * 100) / 100 },
        location: { page: page.number },
      });
    }
    return findings;
  },
};
