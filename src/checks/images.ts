import type { Check } from "../types.js";

/** Pictures smaller than this (points, both sides) are icons, reported by icons-for-contact. */
export const ICON_SIZE = 24;

export const images: Check = {
  id: "images",
  severity: "info",
  description: "The resume contains pictures (photos, logos, charts).",
  why: "An ATS discards pictures: any text or skill shown only in an image (a skills chart, a logo) is lost.",
  fix: "Make sure nothing important exists only as a picture; leave out photos unless the country expects them.",
  run({ doc }) {
    // DOCX pictures have no position until Word lays the page out: only their number is known.
    if (doc.source.format === "docx") {
      if (doc.facts.imageCount === 0) return [];
      const data = { count: doc.facts.imageCount, largestShare: 0, pages: [] };
      return [{ checkId: this.id, severity: this.severity, data, location: { path: ["facts", "imageCount"] } }];
    }
    const pictures = doc.pages.flatMap((page) =>
      page.images
        .filter((image) => Math.min(image.width, image.height) > ICON_SIZE)
        .map((image) => ({ ...image, page: page.number })),
    );
    // A page that is all picture is reported by image-only.
    const scans = new Set(doc.pages.filter((page) => page.lineCount === 0).map((page) => page.number));
    const shown = pictures.filter((image) => !scans.has(image.page));
    if (shown.length === 0) return [];
    const largest = shown.reduce((best, image) => (image.areaShare > best.areaShare ? image : best));
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: {
          count: shown.length,
          largestShare: largest.areaShare,
          pages: [...new Set(shown.map((image) => `${image.page}`))],
        },
        location: { page: largest.page },
      },
    ];
  },
};
