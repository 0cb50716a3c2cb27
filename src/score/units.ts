import type { Analyser } from "../nlp/analyser.js";
import type { Token } from "../nlp/tokens.js";
import type { Document, Line, SectionId } from "../types.js";

/** A unit of meaning for matching: one bullet (with its wrapped lines) or one standalone line. */
export interface TextUnit {
  id: number;
  section: SectionId;
  /** Line indexes in reading order. */
  lines: number[];
  text: string;
  tokens: Token[];
  /** Line index of each token, parallel to `tokens`. */
  tokenLines: number[];
  bullet: boolean;
  /** Number of words (tokens that are not punctuation). */
  words: number;
}

const BULLET = /^\s*(?:[•●▪■◦‣∙·○◆◇►▸‒–—*-]|\d{1,2}[.)])\s+/;
export const isBulletLine = (text: string) => BULLET.test(text);

/** A line ends a paragraph when it is short of the section's usual width or closes a sentence. */
function continues(previous: Line, line: Line, fullWidth: number): boolean {
  if (line.heading || previous.heading || isBulletLine(line.text)) return false;
  if (previous.page !== line.page || previous.section !== line.section) return false;
  if (line.fontSize === 0) return false;
  return previous.width >= fullWidth * 0.8 && !/[.:]$/.test(previous.text.trim());
}

/** Groups visible lines into units and tokenises them. Headings are not units. */
export function buildUnits(doc: Document, analyser: Analyser): TextUnit[] {
  const visible = doc.lines.filter((line) => !line.hidden && !line.heading);
  const widths = visible.map((line) => line.x + line.width).sort((a, b) => a - b);
  const rightEdge = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const leftEdge = Math.min(...visible.map((line) => line.x));
  const fullWidth = rightEdge - leftEdge;
  const groups: Line[][] = [];
  for (const line of visible) {
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && continues(previous, line, fullWidth)) current.push(line);
    else groups.push([line]);
  }
  return groups.map((group, id) => {
    let text = "";
    const tokens: Token[] = [];
    const tokenLines: number[] = [];
    for (const line of group) {
      const separator = text === "" ? "" : text.endsWith("-") && /[a-z]-$/.test(text) ? "" : " ";
      const offset = text.length + separator.length;
      text += separator + line.text;
      for (const token of analyser.tokenize(line.text)) {
        tokens.push({ ...token, start: token.start + offset, end: token.end + offset });
        tokenLines.push(line.index);
      }
    }
    return {
      id,
      section: group[0].section,
      lines: group.map((line) => line.index),
      text,
      tokens,
      tokenLines,
      bullet: isBulletLine(group[0].text),
      words: tokens.filter((token) => !token.punctuation).length,
    };
  });
}

/** Sections whose bullets describe work done. */
export const WORK_SECTIONS = new Set<SectionId>([
  "experience",
  "research",
  "projects",
  "teaching",
  "leadership",
  "service",
]);

const SECTION_STRENGTH: Partial<Record<SectionId, number>> = {
  publications: 0.85,
  education: 0.6,
  skills: 0.55,
  certifications: 0.55,
  awards: 0.5,
  coursework: 0.45,
  summary: 0.4,
};

const OUTCOME = /\d|%|\b(improv|reduc|increas|speed|faster|accura|won|award|adopt|launch|publish|deploy|shipp)/i;

/**
 * How strongly a unit shows a skill: a work bullet with an outcome (1.0) > a work bullet (0.9) >
 * a role or project title (0.7) > publications > education > skills list > coursework > summary.
 */
export function unitStrength(unit: TextUnit): number {
  if (WORK_SECTIONS.has(unit.section)) {
    if (unit.words >= 6) return OUTCOME.test(unit.text) ? 1 : 0.9;
    return 0.7;
  }
  return SECTION_STRENGTH[unit.section] ?? 0.3;
}
