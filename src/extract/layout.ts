/**
 * From positioned text chunks to lines in reading order: baseline grouping, splitting at wide gaps, column
 * and sidebar detection (a vertical gutter no line crosses), then column 1 fully before column 2.
 */
import type { HiddenReason, PageLayout } from "../types.js";

/** A chunk of text ready for layout: position, size, font and visibility. */
export interface PlacedText {
  text: string;
  x: number;
  baseline: number;
  width: number;
  fontSize: number;
  fontName: string;
  hidden?: HiddenReason;
  rotated: boolean;
  artifact: boolean;
  /** Drawn with an icon or dingbat font, or a private-use code point: an ATS reads a stray character. */
  symbol: boolean;
}

/** Text on one baseline between two wide gaps: a cell, a column's line, or a whole line. */
export interface Segment {
  parts: PlacedText[];
  x: number;
  right: number;
  baseline: number;
  fontSize: number;
  hidden?: HiddenReason;
  rotated: boolean;
}

/** One output line: the segments it joins, and the column it belongs to. */
export interface LaidLine {
  segments: Segment[];
  column?: number;
  /** Set by table detection. */
  table?: "ruled" | "aligned";
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Joins chunks left to right, adding a space only where the gap shows one (ligature runs stay one word).
 * `symbols` are the offsets in `text` of characters drawn with an icon or dingbat font.
 */
export function joinParts(parts: PlacedText[]): { text: string; symbols: number[] } {
  let text = "";
  const symbols: number[] = [];
  let previousEnd = -Infinity;
  for (const part of parts) {
    const gap = part.x - previousEnd;
    if (text && !text.endsWith(" ") && gap > part.fontSize * 0.18) text += " ";
    const piece = part.text.replace(/\s+/g, " ");
    const start = text.length - (text.endsWith(" ") && piece.startsWith(" ") ? 1 : 0);
    text = text.slice(0, start) + piece;
    if (part.symbol)
      for (let offset = 0; offset < piece.length; offset++) if (piece[offset] !== " ") symbols.push(start + offset);
    previousEnd = Math.max(previousEnd, part.x + part.width);
  }
  const lead = text.length - text.trimStart().length;
  return {
    text: text.trim(),
    symbols: symbols.map((offset) => offset - lead).filter((offset) => offset >= 0 && offset < text.trim().length),
  };
}

export const joinText = (parts: PlacedText[]) => joinParts(parts).text;

/** Groups chunks whose baselines are within a third of the font size; hidden text never joins visible text. */
function groupBaselines(chunks: PlacedText[]): PlacedText[][] {
  const sorted = [...chunks].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: PlacedText[][] = [];
  const open = new Map<string, PlacedText[]>();
  for (const chunk of sorted) {
    const key = chunk.hidden ?? "";
    const last = open.get(key);
    const reference = last?.[0];
    if (
      last &&
      reference &&
      Math.abs(chunk.baseline - reference.baseline) <= Math.max(chunk.fontSize, reference.fontSize) * 0.35
    ) {
      last.push(chunk);
    } else {
      const group = [chunk];
      groups.push(group);
      open.set(key, group);
    }
  }
  return groups.map((group) => group.sort((a, b) => a.x - b.x));
}

/** A gap wider than this many font sizes separates segments (tab stops, column gutters, table cells). */
const SEGMENT_GAP = 1.2;

function toSegment(parts: PlacedText[]): Segment {
  const sizes = parts.map((part) => part.fontSize).sort((a, b) => a - b);
  return {
    parts,
    x: Math.min(...parts.map((part) => part.x)),
    right: Math.max(...parts.map((part) => part.x + part.width)),
    baseline: parts[0].baseline,
    fontSize: sizes[Math.floor(sizes.length / 2)],
    hidden: parts[0].hidden,
    rotated: parts[0].rotated,
  };
}

function splitSegments(group: PlacedText[]): Segment[] {
  const segments: Segment[] = [];
  let current: PlacedText[] = [];
  let end = -Infinity;
  for (const part of group) {
    if (current.length > 0 && part.x - end > Math.max(part.fontSize, current[0].fontSize) * SEGMENT_GAP) {
      segments.push(toSegment(current));
      current = [];
    }
    current.push(part);
    end = Math.max(end, part.x + part.width);
  }
  if (current.length > 0) segments.push(toSegment(current));
  return segments;
}

/** Lines on a page, in reading order, plus the layout found. */
export interface PageLines {
  lines: LaidLine[];
  layout: PageLayout;
  /** The page's segments before they are merged into lines (cells, column lines, whole lines). */
  segments: Segment[];
}

/** Columns must run down at least this share of the page height. */
const MIN_REGION_SHARE = 0.2;

const DATE_LIKE =
  /^(?:[\p{L}.]+\s+)?(?:\d{1,2}[/.-])?(?:19|20)\d{2}\b|\b(?:present|current|now)\b|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/iu;

/** Share of segments whose left edge sits within 3 pt of the most common left edge. */
function leftAlignment(segments: Segment[]): number {
  const counts = new Map<number, number>();
  for (const segment of segments) {
    const key = Math.round(segment.x);
    for (let offset = -3; offset <= 3; offset++) counts.set(key + offset, (counts.get(key + offset) ?? 0) + 1);
  }
  return Math.max(...counts.values()) / segments.length;
}

const chars = (segments: Segment[]) =>
  sum(segments.map((segment) => sum(segment.parts.map((part) => part.text.length))));

/**
 * Finds a vertical gutter that splits the page's text into two real columns: both sides hold a fair share
 * of the text over a common vertical range, each side is left-aligned, nothing crosses the gutter inside that
 * range, and the narrow side is not a column of dates or labels beside rows (that reads correctly across).
 */
export function detectColumns(segments: Segment[], page: { width: number; height: number }): PageLayout | undefined {
  const pageWidth = page.width;
  const visible = segments.filter((segment) => !segment.hidden && !segment.rotated);
  if (visible.length < 12) return undefined;
  const left = Math.min(...visible.map((segment) => segment.x));
  const right = Math.max(...visible.map((segment) => segment.right));
  const coverage = new Uint16Array(Math.ceil(pageWidth) + 2);
  for (const segment of visible) {
    for (let x = Math.max(0, Math.floor(segment.x)); x < Math.min(coverage.length, Math.ceil(segment.right)); x++)
      coverage[x]++;
  }
  const candidates: { start: number; end: number }[] = [];
  const allowed = Math.max(1, Math.floor(visible.length * 0.03));
  let start = -1;
  for (let x = Math.ceil(left + (right - left) * 0.12); x <= Math.floor(right - (right - left) * 0.12); x++) {
    if (coverage[x] <= allowed) {
      if (start < 0) start = x;
    } else if (start >= 0) {
      if (x - start >= 6) candidates.push({ start, end: x });
      start = -1;
    }
  }
  let best: { layout: PageLayout; score: number } | undefined;
  for (const gutter of candidates) {
    const layout = evaluateGutter(visible, gutter, left, right, page.height);
    if (layout && (!best || layout.score > best.score)) best = layout;
  }
  return best?.layout;
}

function evaluateGutter(
  visible: Segment[],
  gutter: { start: number; end: number },
  left: number,
  right: number,
  pageHeight: number,
): { layout: PageLayout; score: number } | undefined {
  const leftSide = visible.filter((segment) => segment.right <= gutter.start + 1);
  const rightSide = visible.filter((segment) => segment.x >= gutter.end - 1);
  if (leftSide.length < 5 || rightSide.length < 5) return undefined;
  const top = Math.max(Math.min(...leftSide.map((s) => s.baseline)), Math.min(...rightSide.map((s) => s.baseline)));
  const bottom = Math.min(Math.max(...leftSide.map((s) => s.baseline)), Math.max(...rightSide.map((s) => s.baseline)));
  // A short multi-column list inside a page is not a column layout.
  if (bottom - top < pageHeight * MIN_REGION_SHARE) return undefined;
  const inRegion = (segment: Segment) => segment.baseline >= top - 1 && segment.baseline <= bottom + 1;
  const leftIn = leftSide.filter(inRegion);
  const rightIn = rightSide.filter(inRegion);
  const crossing = visible.filter(
    (segment) => inRegion(segment) && segment.x < gutter.start && segment.right > gutter.end,
  );
  if (leftIn.length < 5 || rightIn.length < 5 || crossing.length > 1) return undefined;
  const [narrow, wide] = chars(leftIn) <= chars(rightIn) ? [leftIn, rightIn] : [rightIn, leftIn];
  const totalChars = chars(leftIn) + chars(rightIn);
  if (chars(narrow) < totalChars * 0.1) return undefined;
  if (leftAlignment(leftIn) < 0.5 || leftAlignment(rightIn) < 0.5) return undefined;
  const dateShare = narrow.filter((segment) => DATE_LIKE.test(joinText(segment.parts))).length / narrow.length;
  if (dateShare > 0.4) return undefined;
  // Rows read across (label | value, date | title) pair every narrow segment with one on the other side.
  const paired =
    narrow.filter((segment) =>
      wide.some((other) => Math.abs(other.baseline - segment.baseline) < segment.fontSize * 0.35),
    ).length / narrow.length;
  // Labels and dates stand beside the first line of each entry, several lines apart; a sidebar's lines follow
  // one another.
  const baselines = narrow.map((segment) => segment.baseline).sort((a, b) => a - b);
  const dense =
    baselines.filter((baseline, index) =>
      [baselines[index - 1], baselines[index + 1]].some(
        (other) => other !== undefined && Math.abs(other - baseline) <= narrow[0].fontSize * 1.8,
      ),
    ).length / baselines.length;
  if (paired > 0.9 && wide.length > narrow.length * 1.8 && dense < 0.5) return undefined;
  const leftWidth = gutter.start - left;
  const rightWidth = right - gutter.end;
  // The columns run on above and below the stretch where both have text, up to full-width lines.
  const across = visible.filter((segment) => segment.x < gutter.start && segment.right > gutter.end);
  const regionTop = Math.max(-Infinity, ...across.filter((s) => s.baseline < top - 1).map((s) => s.baseline + 1));
  const regionBottom = Math.min(Infinity, ...across.filter((s) => s.baseline > bottom + 1).map((s) => s.baseline - 1));
  const kind = Math.min(leftWidth, rightWidth) < (right - left) * 0.36 ? "sidebar" : "two-columns";
  return {
    layout: {
      kind,
      columns: [
        { x: round(left), width: round(leftWidth) },
        { x: round(gutter.end), width: round(rightWidth) },
      ],
      top: round(Math.max(regionTop, 0)),
      bottom: round(Math.min(regionBottom, pageHeight)),
    },
    score: leftIn.length + rightIn.length,
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Merges segments that share a baseline into lines (a title and its right-aligned date stay one line). */
function mergeRows(segments: Segment[], column?: number): LaidLine[] {
  const sorted = [...segments].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: LaidLine[] = [];
  for (const segment of sorted) {
    const last = lines[lines.length - 1];
    const reference = last?.segments[0];
    if (
      reference &&
      !segment.rotated &&
      !reference.rotated &&
      reference.hidden === segment.hidden &&
      Math.abs(reference.baseline - segment.baseline) <= Math.max(reference.fontSize, segment.fontSize) * 0.35
    ) {
      last.segments.push(segment);
    } else lines.push({ segments: [segment], column });
  }
  for (const line of lines) line.segments.sort((a, b) => a.x - b.x);
  return lines;
}

/** Lays out one page: segments, columns, and lines in reading order. */
export function layoutPage(chunks: PlacedText[], page: { width: number; height: number }): PageLines {
  const horizontal = chunks.filter((chunk) => !chunk.rotated);
  const segments = groupBaselines(horizontal).flatMap(splitSegments);
  // Rotated text keeps the order it was drawn in, one line per chunk, placed by its starting point.
  const rotated = chunks.filter((chunk) => chunk.rotated).map((chunk) => toSegment([chunk]));
  const layout = detectColumns(segments, page);
  if (!layout) {
    return {
      lines: mergeRows([...segments, ...rotated]),
      layout: { kind: "single", columns: [], top: 0, bottom: 0 },
      segments,
    };
  }
  const gutter = layout.columns[1].x;
  const inRegion = (segment: Segment) => segment.baseline >= layout.top && segment.baseline <= layout.bottom;
  const all = [...segments, ...rotated];
  const above = all.filter((segment) => segment.baseline < layout.top);
  const below = all.filter((segment) => segment.baseline > layout.bottom);
  const first = all.filter((segment) => inRegion(segment) && segment.x < gutter - 1);
  const second = all.filter((segment) => inRegion(segment) && segment.x >= gutter - 1);
  return {
    lines: [...mergeRows(above), ...mergeRows(first, 1), ...mergeRows(second, 2), ...mergeRows(below)],
    layout,
    segments,
  };
}
