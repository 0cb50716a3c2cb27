import type { Check, Line } from "../types.js";

/** Bullets every parser knows. */
const PLAIN_BULLETS = new Set([..."•◦▪▫■□●○·‣⁃-–—*"]);
/** Pictographs, arrows and private-use characters at the start of a line (U+FFFD is missing-tounicode's). */
const SYMBOL = /(?!\ufffd)[\p{So}\p{Co}\u2190-\u21ff\u27a1-\u27bf]/u;

/** Contact details after an icon are icons-for-contact's business. */
const CONTACT_DETAIL = /@|\+?\d[\d\s().-]{6,}\d|www\.|https?:|\.(?:com|org|net|io|dev)\b|linkedin|github/i;

/** The line's first character when it is an unusual bullet, else undefined. */
function unusualBullet(line: Line): string | undefined {
  const first = [...line.text][0];
  if (!first || PLAIN_BULLETS.has(first) || CONTACT_DETAIL.test(line.text)) return undefined;
  if (line.symbols?.includes(0) || SYMBOL.test(first)) return first;
  return undefined;
}

/** Private-use characters have no picture outside their font: name them by code point. */
const shown = (character: string) =>
  /\p{Co}/u.test(character) ? `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : character;

export const unusualBullets: Check = {
  id: "unusual-bullets",
  severity: "info",
  description: "Lines start with unusual bullets or symbols (arrows, check marks, icon-font glyphs).",
  why: "Parsers recognise a few bullet characters; others come out as stray letters or boxes glued to the first word.",
  fix: "Use a plain round bullet (•) or a hyphen.",
  run({ doc }) {
    // Icons in the contact block are icons-for-contact's.
    const found = doc.lines
      .filter((line) => !line.hidden && line.section !== "contact")
      .flatMap((line) => {
        const bullet = unusualBullet(line);
        return bullet ? [{ line, bullet }] : [];
      });
    if (found.length === 0) return [];
    // A symbol font whose bullet decodes to a letter or digit corrupts the word it touches.
    const corrupting = found.some(({ line, bullet }) => line.symbols?.includes(0) && /[\p{L}\p{N}]/u.test(bullet));
    return [
      {
        checkId: this.id,
        severity: corrupting ? "warning" : this.severity,
        data: { lines: found.length, bullets: [...new Set(found.map((item) => shown(item.bullet)))], corrupting },
        location: { line: found[0].line.index, page: found[0].line.page },
      },
    ];
  },
};
