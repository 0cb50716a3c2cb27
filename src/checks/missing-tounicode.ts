import type { Check } from "../types.js";

/** A font with at least this many glyphs, this share of them undecodable, garbles the text. */
const MIN_GLYPHS = 20;
const GARBLED_SHARE = 0.3;

export const missingTounicode: Check = {
  id: "missing-tounicode",
  severity: "error",
  description: "Text in some fonts cannot be decoded (the font has no Unicode map): it comes out as garbage.",
  why: "An ATS copies the text out of the file; without a Unicode map it gets boxes and control codes instead of words.",
  fix: "Re-export the PDF from the original document (Word, Google Docs, LaTeX with \\pdfgentounicode=1) rather than printing it through a converter.",
  run({ doc }) {
    const garbled = doc.facts.fonts.filter(
      (font) => (font.glyphs ?? 0) >= MIN_GLYPHS && (font.unmapped ?? 0) / (font.glyphs ?? 1) >= GARBLED_SHARE,
    );
    if (garbled.length === 0) return [];
    const glyphs = garbled.reduce((sum, font) => sum + (font.glyphs ?? 0), 0);
    const unmapped = garbled.reduce((sum, font) => sum + (font.unmapped ?? 0), 0);
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { fonts: garbled.map((font) => font.name), unmappedShare: Math.round((unmapped / glyphs) * 100) / 100 },
        location: { path: ["facts", "fonts"] },
      },
    ];
  },
};
