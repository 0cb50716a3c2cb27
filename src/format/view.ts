import { Chalk } from "chalk";
import type { Document, Line, Page } from "../types.js";

export interface ViewOptions {
  color: boolean;
}

/** Markers for what an ATS is likely to lose or scramble on this line, in the order they are shown. */
function markers(line: Line, doc: Document): string[] {
  const marks: string[] = [];
  if (line.band !== "body") marks.push(line.band);
  if (line.column) marks.push(`column ${line.column}`);
  if (line.table) marks.push("table");
  if (line.floating) marks.push(doc.source.format === "docx" ? "text box" : "rotated");
  if (line.hidden) marks.push(`hidden: ${line.hiddenReason ?? "unknown"}`);
  return marks;
}

/** Pictures as markers, placed by their top edge among the page's lines. */
const imageMarker = (image: Page["images"][number]) =>
  `[image ${Math.round(image.width)}×${Math.round(image.height)} pt, ${image.areaShare < 0.01 ? "<1" : Math.round(image.areaShare * 100)}% of the page]`;

function describeLayout(doc: Document): string {
  const pages = doc.facts.pageCount;
  const parts = [
    `${doc.source.format.toUpperCase()}, ${pages} page${pages === 1 ? "" : "s"}, ${doc.lines.length} lines`,
  ];
  for (const page of doc.pages) {
    if (page.layout && page.layout.kind !== "single")
      parts.push(`page ${page.number}: ${page.layout.kind === "sidebar" ? "sidebar" : "two columns"}`);
  }
  if (doc.source.format !== "pdf" && doc.facts.imageCount > 0) parts.push(`${doc.facts.imageCount} picture(s)`);
  if (doc.facts.ligatures)
    parts.push(`${doc.facts.ligatures.words} word(s) with ligature characters, shown decomposed`);
  return parts.join("; ");
}

/**
 * The text exactly as extracted, in reading order: one line per line, a rule per page, a label where a new
 * section starts, and bracketed markers where content is likely lost or scrambled.
 */
export function formatView(doc: Document, options: ViewOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out = [chalk.bold(doc.source.path), chalk.dim(describeLayout(doc))];
  let section = "";
  for (const current of doc.pages) {
    const lines = doc.lines.filter((line) => line.page === current.number);
    const pictures = [...current.images].sort((a, b) => a.y - b.y);
    out.push("", chalk.dim(`── page ${current.number} ${"─".repeat(40)}`));
    if (lines.length === 0 && pictures.length === 0) out.push(chalk.dim("(no text on this page)"));
    for (const line of lines) {
      while (pictures.length > 0 && pictures[0].y <= line.y) out.push(chalk.magenta(imageMarker(pictures.shift()!)));
      if (line.section !== section && line.band === "body") {
        section = line.section;
        out.push(chalk.cyan(`§ ${section}`));
      }
      const marks = markers(line, doc);
      const prefix = marks.length > 0 ? `${marks.map((mark) => `[${mark}]`).join("")} ` : "";
      const text = line.hidden ? chalk.red(line.text) : line.heading ? chalk.bold(line.text) : line.text;
      out.push(`${chalk.yellow(prefix)}${text}`);
    }
    for (const picture of pictures) out.push(chalk.magenta(imageMarker(picture)));
  }
  return `${out.join("\n")}\n`;
}
