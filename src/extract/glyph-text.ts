/**
 * Last clean-up of text read from glyphs: presentation-form ligatures (ﬁ, ﬂ, ﬀ) are decomposed as pdf.js,
 * PDFBox and poppler do, so matching sees "fine-tuning"; the words that had them are kept for the ligatures
 * check. Control characters (fonts without a Unicode map) become U+FFFD so they never reach a terminal.
 */
const LIGATURE = /[\ufb00-\ufb06]/;

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code < 0xa0);

export function cleanGlyphText(
  text: string,
  symbols: number[],
): { text: string; symbols: number[]; ligatureWords: string[] } {
  const ligatureWords = LIGATURE.test(text) ? text.split(/\s+/).filter((word) => LIGATURE.test(word)) : [];
  let clean = "";
  const shifted: number[] = [];
  const wanted = new Set(symbols);
  for (let index = 0; index < text.length; index++) {
    if (wanted.has(index)) shifted.push(clean.length);
    const character = text[index];
    const code = character.charCodeAt(0);
    clean += LIGATURE.test(character) ? character.normalize("NFKC") : isControl(code) ? "\ufffd" : character;
  }
  return { text: clean, symbols: shifted, ligatureWords };
}
