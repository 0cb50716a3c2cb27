import type { Check } from "../types.js";

/**
 * The 14 standard PDF fonts every reader must supply, and the Windows names readers map onto them (Arial is
 * drawn as Helvetica): not embedding these changes nothing.
 */
const STANDARD =
  /^(?:[A-Z]{6}\+)?(?:helvetica|arial(?:mt)?|courier(?:new(?:ps)?(?:mt)?)?|times(?:-roman|newroman(?:ps)?(?:mt)?)?|symbol(?:mt)?|zapfdingbats)(?:[-,](?:bold|italic|oblique|bolditalic|boldoblique|roman)(?:mt)?)?$/i;

export const fontsNotEmbedded: Check = {
  id: "fonts-not-embedded",
  severity: "warning",
  description: "The PDF uses fonts it does not contain (other than the 14 standard PDF fonts).",
  why: "The reader substitutes another font: the layout shifts on the recruiter's screen, and symbol text may decode wrongly.",
  fix: "Export with 'embed all fonts' (Word: Options > Save > Embed fonts; most PDF printers do it by default).",
  run({ doc }) {
    const missing = doc.facts.fonts
      .filter((font) => !font.embedded && (font.glyphs ?? 1) > 0 && !STANDARD.test(font.name.replace(/\s+/g, "")))
      .map((font) => font.name);
    if (missing.length === 0) return [];
    return [
      { checkId: this.id, severity: this.severity, data: { fonts: missing }, location: { path: ["facts", "fonts"] } },
    ];
  },
};
