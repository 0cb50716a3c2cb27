import type { Document, InputFormat } from "../types.js";
import { buildDocument, type RawLine } from "./document.js";

/** Nominal geometry so plain text carries positions like PDF input: US Letter, 12 pt leading. */
const PAGE = { width: 612, height: 792, margin: 54, leading: 12, linesPerPage: 56 };

/** Strips Markdown syntax an ATS would never see, keeping link targets (they hold URLs). */
export function stripMarkdown(line: string): { text: string; heading: boolean } {
  const heading = /^#{1,6}\s+/.test(line);
  const text = line
    .replace(/^#{1,6}\s+/, "")
    .replace(/^(\s*)[-*+]\s+/, "$1• ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, target: string) =>
      label === target || target.startsWith("mailto:") ? label : `${label} (${target})`,
    )
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?![\w*])/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\s{2,}$/, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1");
  return { text, heading };
}

/** Builds a Document from decoded text; Markdown syntax is removed first for .md input. */
export function textToDocument(text: string, source: { path: string; format: InputFormat; bytes: number }): Document {
  const rawLines: RawLine[] = [];
  const markdown = source.format === "md";
  let row = 0;
  for (const [sourceLine, original] of text.replace(/\r\n?/g, "\n").split("\n").entries()) {
    const { text: lineText, heading } = markdown ? stripMarkdown(original) : { text: original, heading: false };
    if (lineText.trim().length === 0 || (markdown && /^\s*([-*_]\s*){3,}$/.test(original))) continue;
    const page = Math.floor(row / PAGE.linesPerPage) + 1;
    const y = PAGE.margin + (row % PAGE.linesPerPage) * PAGE.leading;
    rawLines.push({
      page,
      text: lineText.replace(/\t/g, " ").trimEnd(),
      x: PAGE.margin,
      y,
      width: Math.min(PAGE.width - 2 * PAGE.margin, lineText.length * 5),
      height: 10,
      fontSize: 0,
      fontName: "",
      bold: heading,
      band: "body",
      hidden: false,
      sourceLine,
    });
    row++;
  }
  const pageCount = Math.max(1, Math.ceil(row / PAGE.linesPerPage));
  const pages = Array.from({ length: pageCount }, (_, index) => ({
    number: index + 1,
    width: PAGE.width,
    height: PAGE.height,
    lineCount: rawLines.filter((line) => line.page === index + 1).length,
    images: [],
  }));
  return buildDocument(source, rawLines, pages, {
    pageCount,
    fileBytes: source.bytes,
    pagesWithoutText: rawLines.length === 0 ? [1] : [],
    imageCount: 0,
    metadata: {},
    fonts: [],
  });
}
