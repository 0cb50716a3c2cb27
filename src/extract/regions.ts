/**
 * Regions many ATS parsers skip or scramble: page headers and footers (by repetition across pages, page
 * numbers, or a small block cut off from the body at the page edge) and tables (ruled cells or text aligned
 * in a grid).
 */
import type { Page } from "../types.js";
import type { RawLine } from "./document.js";
import type { LaidLine } from "./layout.js";
import type { Rule } from "./pdf-content.js";

/** Top and bottom share of the page where running headers and footers sit. */
const BAND_SHARE = 0.12;
/** Repeated header text sits at the same place on every page, within this many points. */
const SAME_PLACE = 2;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;

const normalise = (text: string) => text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

/**
 * Marks Line.band for text at the top or bottom edge of a page that repeats at the same place on at least half
 * of the pages (two at least), and for page numbers there. (Artifact-tagged header text is marked by the PDF reader; DOCX knows its parts.)
 */
export function markBands(lines: RawLine[], pages: Page[]): void {
  const height = new Map(pages.map((page) => [page.number, page.height]));
  const bandOf = (line: RawLine): "header" | "footer" | undefined => {
    const pageHeight = height.get(line.page) ?? 792;
    if (line.y + line.height <= pageHeight * BAND_SHARE) return "header";
    if (line.y >= pageHeight * (1 - BAND_SHARE)) return "footer";
    return undefined;
  };
  // Only the lines above (below) all body text of their page can be a running header (footer).
  const edges = new Set<RawLine>();
  for (const page of pages) {
    const onPage = lines.filter((line) => line.page === page.number && !line.hidden).sort((a, b) => a.y - b.y);
    for (const line of onPage) {
      if (bandOf(line) !== "header") break;
      edges.add(line);
    }
    for (const line of onPage.reverse()) {
      if (bandOf(line) !== "footer") break;
      edges.add(line);
    }
  }
  const minPages = Math.max(2, Math.ceil(pages.length / 2));
  for (const line of edges) {
    const key = normalise(line.text);
    const pagesWithIt = new Set(
      [...edges]
        .filter(
          (other) =>
            Math.abs(other.y - line.y) <= SAME_PLACE &&
            Math.abs(other.x - line.x) <= SAME_PLACE &&
            normalise(other.text) === key,
        )
        .map((other) => other.page),
    );
    if (pagesWithIt.size >= minPages || PAGE_NUMBER.test(line.text.trim())) line.band = bandOf(line) ?? "body";
  }
}

/** True when a vertical rule runs between two of the line's segments: a drawn cell border. */
function hasCellBorder(line: LaidLine, rules: Rule[]): boolean {
  const middle = line.segments[0].baseline - line.segments[0].fontSize * 0.3;
  for (let index = 1; index < line.segments.length; index++) {
    const gapStart = line.segments[index - 1].right;
    const gapEnd = line.segments[index].x;
    const border = rules.some(
      (rule) =>
        rule.orientation === "vertical" &&
        rule.from <= middle &&
        rule.to >= middle &&
        rule.at > gapStart &&
        rule.at < gapEnd,
    );
    if (border) return true;
  }
  return false;
}

const cellStarts = (line: LaidLine) => line.segments.map((segment) => segment.x);

/** Three rows or more whose cells (three or more each) start at the same x positions. */
function alignedGrid(rows: LaidLine[], start: number): number {
  const anchors = cellStarts(rows[start]);
  if (anchors.length < 3) return 0;
  let end = start + 1;
  while (end < rows.length) {
    const starts = cellStarts(rows[end]);
    const shared = starts.filter((x) => anchors.some((anchor) => Math.abs(anchor - x) <= 4)).length;
    if (starts.length < 3 || shared < 3) break;
    end++;
  }
  return end - start >= 3 ? end - start : 0;
}

/** Marks LaidLine.table on rows inside ruled cells or in a text grid; a lone ruled row is not a table. */
export function markTables(lines: LaidLine[], rules: Rule[]): void {
  const visible = lines.filter((line) => !line.segments[0].hidden && !line.segments[0].rotated);
  const ruled = visible.map((line) => hasCellBorder(line, rules));
  visible.forEach((line, index) => {
    if (ruled[index] && (ruled[index - 1] || ruled[index + 1])) line.table = "ruled";
  });
  for (let index = 0; index < visible.length;) {
    const length = alignedGrid(visible, index);
    for (let row = index; row < index + length; row++) visible[row].table ??= "aligned";
    index += Math.max(1, length);
  }
}
