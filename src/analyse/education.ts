import type { Document, Line } from "../types.js";

export type DegreeLevel = "phd" | "masters" | "bachelors" | "associate" | "none";

export interface DegreeMention {
  level: DegreeLevel;
  line: number;
  text: string;
  /** "enrolled": expected/present/future end date; "completed": a past end date; else unknown. */
  status: "enrolled" | "completed" | "unknown";
  /** Years written on the entry's lines. */
  years: number[];
}

const DEGREE_PATTERNS: [DegreeLevel, RegExp][] = [
  ["phd", /\b(?:Ph\.?\s?D\b\.?|D\.?Phil\b|Doctor(?:ate)? of|Doctoral\b)|\bPhD\b/i],
  ["masters", /\b(?:M\.?S\.?c?\b\.?|M\.?Eng\b|M\.?Phil\b|MBA\b|M\.A\.|Master'?s?\b|Master of|MSN\b|MPH\b)/],
  ["bachelors", /\b(?:B\.?S\.?c?\b\.?|B\.?Eng\b|B\.A\.|BSN\b|B\.?Tech\b|Bachelor'?s?\b|Bachelor of|Undergraduate\b)/],
  ["associate", /\b(?:Associate of|Associate'?s? degree|A\.A\.|A\.S\.)/],
];
const ENROLLED =
  /\b(?:expected|anticipated|present|current(?:ly)?|candidate|in progress|ongoing|pursuing|to be completed|now)\b/i;
const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
const RANK: Record<DegreeLevel, number> = { none: 0, associate: 1, bachelors: 2, masters: 3, phd: 4 };
export const degreeRank = (level: DegreeLevel) => RANK[level];

/** Lines that belong to the degree entry starting at `line`: itself and up to two following lines. */
function entryLines(lines: Line[], line: Line): Line[] {
  const entry = [line];
  for (let index = line.index + 1; index < lines.length && entry.length < 3; index++) {
    const next = lines[index];
    if (next.heading || next.section !== line.section) break;
    if (DEGREE_PATTERNS.some(([, pattern]) => pattern.test(next.text))) break;
    entry.push(next);
  }
  return entry;
}

/**
 * Degrees named in the education section (or anywhere, when there is none), with enrolment read from
 * the entry's dates against `referenceYear` (the posting's start year, so results do not drift with
 * the calendar).
 */
export function findDegrees(doc: Document, referenceYear: number): DegreeMention[] {
  const visible = doc.lines.filter((line) => !line.hidden);
  const inEducation = visible.filter((line) => line.section === "education" && !line.heading);
  const candidates = inEducation.length > 0 ? inEducation : visible;
  const degrees: DegreeMention[] = [];
  for (const line of candidates) {
    const level = DEGREE_PATTERNS.find(([, pattern]) => pattern.test(line.text))?.[0];
    if (!level) continue;
    const entry = entryLines(doc.lines, line);
    const entryText = entry.map((item) => item.text).join(" ");
    const years = [...entryText.matchAll(YEAR)].map((match) => Number(match[1]));
    const lastYear = years.length > 0 ? Math.max(...years) : undefined;
    const status =
      ENROLLED.test(entryText) || (lastYear !== undefined && lastYear >= referenceYear)
        ? "enrolled"
        : lastYear !== undefined
          ? "completed"
          : "unknown";
    degrees.push({ level, line: line.index, text: line.text, status, years });
  }
  return degrees;
}

export function highestDegree(degrees: DegreeMention[]): DegreeLevel {
  return degrees.reduce<DegreeLevel>((best, degree) => (RANK[degree.level] > RANK[best] ? degree.level : best), "none");
}
