/**
 * Raw posting text -> source lines: one heading, list item or paragraph per entry, each with the 1-based
 * line of the input it starts on. Job-board pages pasted as they are glue list items together ("...deep
 * learning.Natural Language Processing", "related fieldDomain expertise") and append a level to skills
 * ("collaborative filteringintermediate"); both are undone here.
 */
import { lookupSkill } from "../../kb/index.js";
import { headingRole } from "./sections.js";

export interface SourceLine {
  /** 1-based line of the input where the entry starts. */
  line: number;
  text: string;
  kind: "heading" | "item" | "text";
  /** A proficiency level that was glued to or appended after a listed skill ("intermediate"). */
  level?: string;
}

/** A raw line before unwrapping: its text, number and what its leading markup said. */
interface RawLine {
  line: number;
  text: string;
  kind: SourceLine["kind"];
  level?: string;
}

const LEVELS = "beginner|novice|intermediate|advanced|expert|proficient";
/** "filteringintermediate", "C/C++)intermediate": a level glued to the entry without a space. */
const GLUED_LEVEL = new RegExp(`^(.*\\S)(${LEVELS})$`);
/** "Python (advanced)", "SQL - intermediate". */
const SPACED_LEVEL = new RegExp(`^(.*\\S)\\s+(?:\\((${LEVELS})\\)|[-–:]\\s*(${LEVELS}))$`, "i");

const BULLET = /^\s*(?:[-*+•●▪◦·‣–—]|\d{1,2}[.)])\s+/;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/;
const EMPHASIS_HEADING = /^\s*(?:\*\*|__)([^*_]{2,80})(?:\*\*|__)\s*:?\s*$/;

/** Inline Markdown a plain-text reader should not see: links, images, emphasis, code spans. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1")
    .replace(/`([^`]+)`/g, "$1");
}

/** Characters that only get in the way: ligatures ("ﬁ" from PDFs), zero-width and no-break spaces, tabs. */
const cleanCharacters = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');

function readRawLine(source: string, line: number): RawLine {
  const text = cleanCharacters(source);
  const heading = MARKDOWN_HEADING.exec(text) ?? EMPHASIS_HEADING.exec(text);
  if (heading) return { line, text: stripInlineMarkdown(heading[1]).trim(), kind: "heading" };
  const bullet = BULLET.exec(text);
  // A lone "**" is bold that a copied page opened and never closed.
  let body = stripInlineMarkdown(bullet ? text.slice(bullet[0].length) : text)
    .replace(/\*\*/g, "")
    .trim();
  let level: string | undefined;
  const glued = GLUED_LEVEL.exec(body);
  const spaced = SPACED_LEVEL.exec(body);
  if (glued && !lookupSkill(body)) {
    body = glued[1];
    level = glued[2];
  } else if (spaced) {
    body = spaced[1];
    level = (spaced[2] ?? spaced[3]).toLowerCase();
  }
  // A line that carried a level is one entry of a skills list, whatever its markup.
  return { line, text: body, kind: bullet || level ? "item" : "text", ...(level ? { level } : {}) };
}

/** Lines as long as this share of the wrap width were wrapped by the writer's editor. */
const WRAPPED_SHARE = 0.7;
/** Editors and e-mail wrap at 70-120 columns; wider lines are paragraphs or list items as written. */
const MIN_WRAP_WIDTH = 50;
const MAX_WRAP_WIDTH = 130;

/**
 * Joins hard-wrapped lines back into paragraphs and list items: a line continues the previous one when
 * the previous line ran to the wrap width, or ended mid-sentence and this one starts in lower case.
 */
function unwrap(lines: RawLine[]): { entry: RawLine; starts: [number, number][] }[] {
  const lengths = lines.filter((line) => line.kind !== "heading").map((line) => line.text.length);
  const sorted = [...lengths].sort((a, b) => a - b);
  // The 90th percentile, so that one huge pasted line does not hide the wrap width of the rest.
  const percentile = sorted.length > 0 ? sorted[Math.floor(sorted.length * 0.9)] : 0;
  const width = percentile >= MIN_WRAP_WIDTH && percentile <= MAX_WRAP_WIDTH ? percentile : 0;
  const entries: { entry: RawLine; starts: [number, number][] }[] = [];
  let previous: RawLine | undefined;
  for (const line of lines) {
    const current = entries[entries.length - 1];
    const continues =
      previous !== undefined &&
      current !== undefined &&
      line.text !== "" &&
      line.kind === "text" &&
      previous.kind !== "heading" &&
      !(previous.text.split(" ").length <= 6 && headingRole(previous.text) !== undefined) &&
      previous.text !== "" &&
      previous.level === undefined &&
      ((width > 0 && previous.text.length >= width * WRAPPED_SHARE && previous.text.length <= width * 1.1) ||
        (!/[.:;!?]$/.test(previous.text) && /^[a-z(]/.test(line.text)));
    if (continues) {
      current.starts.push([current.entry.text.length + 1, line.line]);
      current.entry.text += ` ${line.text}`;
    } else if (line.text !== "") {
      entries.push({ entry: { ...line }, starts: [[0, line.line]] });
    }
    previous = line;
  }
  return entries;
}

/** Words that start a sentence glued to a capitalised last word: "About the Internship ProgramAt Netflix". */
const SENTENCE_STARTERS = new Set([
  "At",
  "The",
  "We",
  "You",
  "Your",
  "Our",
  "In",
  "This",
  "As",
  "If",
  "It",
  "For",
  "Job",
]);

/**
 * Offsets where one sentence or list item was glued to the next without a space: after ".", ":" or ")"
 * before a capitalised word, and between a lower-case word and a capitalised one ("fieldDomain").
 * Tool names written in camel case ("TensorFlow", "DeepSpeed") are known to the knowledge base and kept.
 */
export function gluePoints(text: string): number[] {
  const points: number[] = [];
  for (const match of text.matchAll(
    /(?<=[a-z0-9)\]%])[.!?:](?=[A-Z][a-z]|[A-Z]{2,}\s)|(?<=[a-z0-9+#])\)(?=[A-Z][a-z])/g,
  )) {
    points.push(match.index + 1);
  }
  for (const match of text.matchAll(/(?<![\w.])([a-z]{3,}|[A-Z][a-z]{3,})([A-Z][a-z]+)/g)) {
    const [word, left, right] = match;
    const capitalised = /^[A-Z]/.test(left);
    if (capitalised && !SENTENCE_STARTERS.has(right)) continue;
    if (lookupSkill(word)) continue;
    points.push(match.index + left.length);
  }
  return points.sort((a, b) => a - b);
}

const lineAt = (starts: [number, number][], offset: number) =>
  starts.reduce((found, [start, line]) => (start <= offset ? line : found), starts[0][1]);

/** Source lines of plain text or Markdown; `lineNumbers` maps each text line to its input line (HTML). */
export function textToLines(text: string, lineNumbers?: number[]): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n/).map((line, index) => readRawLine(line, lineNumbers?.[index] ?? index + 1));
  const result: SourceLine[] = [];
  for (const { entry, starts } of unwrap(raw)) {
    if (entry.kind === "heading") {
      result.push({ line: entry.line, text: entry.text, kind: "heading" });
      continue;
    }
    let from = 0;
    for (const point of [...gluePoints(entry.text), entry.text.length]) {
      const piece = entry.text.slice(from, point).trim();
      if (piece !== "") {
        result.push({
          line: lineAt(starts, from),
          text: piece,
          // Glued pieces were list items on the page they were copied from.
          kind: from > 0 ? "item" : entry.kind,
          ...(entry.level && point === entry.text.length ? { level: entry.level } : {}),
        });
      }
      from = point;
    }
  }
  return result;
}
