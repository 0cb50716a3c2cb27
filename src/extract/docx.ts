/**
 * DOCX to Document: mammoth reads the body (styles, lists, tables, text boxes inline); the OOXML parts give
 * what mammoth leaves out: header and footer text, which paragraphs are text boxes, and hidden runs.
 */
import { strFromU8 } from "fflate";
import { InputError } from "../errors.js";
import type { Document, ExtractionFacts, HiddenReason, Page } from "../types.js";
import { buildDocument, type RawLine } from "./document.js";
import { decodeXml, readPackage, readWordPart, repackage, type WordPart } from "./ooxml.js";

/** Nominal geometry (DOCX has no pages until Word lays it out): US Letter, one line per 12 pt. */
const PAGE = { width: 612, height: 792, margin: 54, leading: 12, linesPerPage: 56 };
const SIZE = { heading: 14, body: 11 };

interface Block {
  text: string;
  heading: boolean;
  bold: boolean;
  table: boolean;
}

/** Turns mammoth's HTML (a small, regular subset) into one block per paragraph, heading, list item or table row. */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let current: { text: string; heading: boolean; boldText: string; plainText: string; bullet: boolean } | undefined;
  let cells: string[] | undefined;
  let cell: string | undefined;
  let bold = 0;
  const flush = () => {
    if (!current) return;
    const text = current.text.replace(/\s+/g, " ").trim();
    if (cell !== undefined) cell += ` ${text}`;
    else if (text) {
      const allBold = current.plainText.trim() === "" && current.boldText.trim() !== "";
      blocks.push({
        text: current.bullet ? `• ${text}` : text,
        heading: current.heading,
        bold: current.heading || allBold,
        table: false,
      });
    }
    current = undefined;
  };
  for (const match of html.matchAll(/<(\/?)(\w+)[^>]*?>|([^<]+)/g)) {
    const [, closing, tag, text] = match;
    if (text !== undefined) {
      const decoded = decodeXml(text);
      current ??= { text: "", heading: false, boldText: "", plainText: "", bullet: false };
      current.text += decoded;
      if (bold > 0) current.boldText += decoded;
      else current.plainText += decoded;
      continue;
    }
    const name = tag.toLowerCase();
    if (/^(?:p|h[1-6]|li)$/.test(name)) {
      flush();
      if (!closing)
        current = { text: "", heading: name.startsWith("h"), boldText: "", plainText: "", bullet: name === "li" };
    } else if (name === "strong" || name === "b") bold += closing ? -1 : 1;
    else if (name === "br" && current) current.text += " ";
    else if (name === "tr") {
      flush();
      if (closing && cells) {
        const row = cells.map((value) => value.trim()).filter(Boolean);
        if (row.length > 0) blocks.push({ text: row.join(" | "), heading: false, bold: false, table: true });
      }
      cells = closing ? undefined : [];
    } else if (name === "td" || name === "th") {
      flush();
      if (closing && cells && cell !== undefined) cells.push(cell);
      cell = closing ? undefined : "";
    }
  }
  flush();
  return blocks;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** Splits hidden runs out of the lines that hold them, so hidden text never mixes with visible text. */
function separateHidden(lines: RawLine[], hidden: WordPart["hidden"]): RawLine[] {
  const result = [...lines];
  for (const run of hidden) {
    const index = result.findIndex((line) => !line.hidden && line.text.includes(run.text));
    if (index < 0) continue;
    const line = result[index];
    const rest = normalise(line.text.replace(run.text, " "));
    const hiddenLine: RawLine = { ...line, text: run.text, hidden: true, hiddenReason: run.reason as HiddenReason };
    if (rest) result.splice(index, 1, { ...line, text: rest }, hiddenLine);
    else result.splice(index, 1, hiddenLine);
  }
  return result;
}

/** Places lines on nominal pages so DOCX lines carry positions like PDF lines. */
function place(lines: Omit<RawLine, "page" | "x" | "y" | "width" | "height">[]): RawLine[] {
  return lines.map((line, row) => ({
    ...line,
    page: Math.floor(row / PAGE.linesPerPage) + 1,
    x: PAGE.margin,
    y: PAGE.margin + (row % PAGE.linesPerPage) * PAGE.leading,
    width: Math.min(PAGE.width - 2 * PAGE.margin, line.text.length * 5),
    height: line.fontSize,
  }));
}

const partText = (parts: Record<string, Uint8Array>, name: string) => (parts[name] ? strFromU8(parts[name]) : "");

/** Title and author from docProps/core.xml. */
function coreMetadata(xml: string): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, tag] of [
    ["title", "dc:title"],
    ["author", "dc:creator"],
  ]) {
    const value = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml)?.[1];
    if (value?.trim()) metadata[key] = decodeXml(value.trim());
  }
  return metadata;
}

/** Reads a DOCX package into a Document. */
export async function extractDocx(file: string, bytes: Uint8Array): Promise<Document> {
  const parts = readPackage(file, bytes);
  const body = readWordPart(partText(parts, "word/document.xml"));
  const bandParts = (kind: "header" | "footer") =>
    Object.keys(parts)
      .filter((name) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(name))
      .sort()
      .map((name) => readWordPart(partText(parts, name)));
  const headers = bandParts("header");
  const footers = bandParts("footer");
  const { default: mammoth } = await import("mammoth");
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(repackage(parts)) },
      // Pictures are never decoded: an ATS ignores them and they are the bulk of a heavy file.
      { ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch {
    throw new InputError(file, "docx-invalid", "the DOCX could not be read (it may be damaged); save it again");
  }
  const textBoxes = new Set(body.textBoxes.map(normalise));
  const bandLines = (paragraphs: string[], band: "header" | "footer") =>
    [...new Set(paragraphs)].map((text) => ({ text, band, bold: false, fontSize: SIZE.body }));
  const lines = place(
    [
      ...bandLines(
        headers.flatMap((part) => part.paragraphs),
        "header",
      ),
      ...htmlBlocks(html).map((block) => ({
        ...block,
        band: "body" as const,
        fontSize: block.heading ? SIZE.heading : SIZE.body,
      })),
      ...bandLines(
        footers.flatMap((part) => part.paragraphs),
        "footer",
      ),
    ].map(({ text, band, bold, fontSize, ...rest }) => {
      const line: Omit<RawLine, "page" | "x" | "y" | "width" | "height"> = {
        text,
        fontSize,
        fontName: "",
        bold,
        band,
        hidden: false,
      };
      if ("table" in rest && rest.table) line.table = "docx";
      if (band === "body" && textBoxes.has(normalise(text))) line.floating = true;
      return line;
    }),
  );
  const withHidden = separateHidden(
    lines,
    [...headers, body, ...footers].flatMap((part) => part.hidden),
  );
  const pageCount = Math.max(1, ...withHidden.map((line) => line.page));
  const pages: Page[] = Array.from({ length: pageCount }, (_, index) => ({
    number: index + 1,
    width: PAGE.width,
    height: PAGE.height,
    lineCount: withHidden.filter((line) => line.page === index + 1).length,
    images: [],
  }));
  const facts: Omit<ExtractionFacts, "textChars"> = {
    pageCount,
    fileBytes: bytes.byteLength,
    pagesWithoutText: withHidden.length === 0 ? [1] : [],
    imageCount: body.pictures + headers.concat(footers).reduce((sum, part) => sum + part.pictures, 0),
    metadata: coreMetadata(partText(parts, "docProps/core.xml")),
    fonts: [],
    docxParts: {
      textBoxes: body.textBoxes.length,
      tables: body.tables,
      headers: headers.reduce((sum, part) => sum + part.paragraphs.length, 0),
      footers: footers.reduce((sum, part) => sum + part.paragraphs.length, 0),
    },
  };
  return buildDocument({ path: file, format: "docx", bytes: bytes.byteLength }, withHidden, pages, facts);
}
