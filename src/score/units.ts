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
  /** End of the dated role, degree or project the unit belongs to ("present" for an ongoing one). */
  endYear?: number | "present";
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

/**
 * Groups lines into units and tokenises them. Headings are not units. Only visible lines by default;
 * `{ hidden: true }` gives the units of hidden text instead (white, invisible, tiny or off-page).
 */
export function buildUnits(doc: Document, analyser: Analyser, options: { hidden?: boolean } = {}): TextUnit[] {
  const wantHidden = options.hidden === true;
  const visible = doc.lines.filter((line) => line.hidden === wantHidden && !line.heading);
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
  const units = groups.map((group, id): TextUnit => {
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
  dateUnits(units);
  return units;
}

const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;
const ONGOING = /\b(?:present|current|now|ongoing|today)\b/i;

/**
 * Gives each unit the end year of the entry it belongs to. An entry is a run of lines that are not bullets
 * (title, employer, dates) and the bullets under it, within one section; its end is the latest year in
 * those lines, or "present" when a range is open ("2023 – Present").
 */
function dateUnits(units: TextUnit[]): void {
  let entry: TextUnit[] = [];
  let endYear: TextUnit["endYear"];
  let inHeader = false;
  const close = () => {
    for (const unit of entry) if (endYear !== undefined) unit.endYear = endYear;
    entry = [];
    endYear = undefined;
  };
  for (const unit of units) {
    const previous = entry[entry.length - 1];
    if (previous && (previous.section !== unit.section || (!unit.bullet && !inHeader))) close();
    inHeader = !unit.bullet;
    entry.push(unit);
    if (unit.bullet) continue;
    const years = [...unit.text.matchAll(YEAR)].map((match) => Number(match[0]));
    if (years.length > 0 && ONGOING.test(unit.text) && /[–—-]|\bto\b/.test(unit.text)) endYear = "present";
    else if (years.length > 0 && endYear !== "present") endYear = Math.max(endYear ?? 0, ...years);
  }
  close();
}

/**
 * Recency of work evidence, read against the posting's reference year (never today's date): a role that
 * ended within two years counts fully, then 5% less per year, never below 0.7.
 */
export function recencyFactor(endYear: TextUnit["endYear"], referenceYear: number): number {
  if (endYear === undefined || endYear === "present") return 1;
  const age = referenceYear - endYear;
  return age <= 2 ? 1 : Math.max(0.7, 1 - 0.05 * (age - 2));
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
