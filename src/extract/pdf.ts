import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { InputError } from "../errors.js";
import type { Document, ExtractionFacts, Page } from "../types.js";
import { buildDocument, type RawLine } from "./document.js";
import { cleanGlyphText } from "./glyph-text.js";
import { joinParts, layoutPage, type LaidLine, type PlacedText } from "./layout.js";
import { readPageContent } from "./pdf-content.js";
import { hiddenReason, isTruncated, restrictedOperations } from "./pdf-forensics.js";
import { InThreadPort } from "./pdf-port.js";
import { fontInstallTarget } from "./reader-thread.js";
import { markBands, markTables } from "./regions.js";

export interface PdfOptions {
  /** Pages beyond this are not read (resumes are short; this bounds time on hostile files). */
  maxPages: number;
  maxPageOperations: number;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type OwnerDocument = Extract<Parameters<PdfJs["getDocument"]>[0], { ownerDocument?: unknown }>["ownerDocument"];
interface LoadedPdfJs {
  pdfjs: PdfJs;
  /** pdfjs's worker half, in this thread, serving every document read here. */
  worker: InstanceType<PdfJs["PDFWorker"]>;
}
let pdfjsPromise: Promise<LoadedPdfJs> | undefined;
/** pdfjs costs ~260 ms to import, so only PDF input pays for it. */
const loadPdfJs = () =>
  (pdfjsPromise ??= (async () => {
    // The legacy build installs core-js's Array.prototype.push, JSON.parse and JSON.stringify for spec corner
    // cases (a non-writable length, JSON.rawJSON) that pdfjs never meets, and so slows every caller in the
    // thread, ours included: push measurably, JSON.stringify ~9x (wink's model loads 6x slower). The natives
    // go back as soon as each half is loaded, so that work waiting on other imports never runs with them.
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const restoreNatives = () => {
      Array.prototype.push = natives.push;
      Object.assign(JSON, { parse: natives.parse, stringify: natives.stringify });
    };
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs").finally(restoreNatives);
    const { WorkerMessageHandler } = await import("pdfjs-dist/legacy/build/pdf.worker.mjs").finally(restoreNatives);
    const [apiPort, workerPort] = InThreadPort.pair();
    WorkerMessageHandler.initializeFromPort(workerPort);
    type WorkerPort = NonNullable<ConstructorParameters<PdfJs["PDFWorker"]>[0]>["port"];
    return { pdfjs, worker: new pdfjs.PDFWorker({ port: apiPort as unknown as WorkerPort, verbosity: 0 }) };
  })());

const require = createRequire(import.meta.url);
const standardFontDataUrl = pathToFileURL(
  path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts") + path.sep,
).href;

/** Maps pdfjs exceptions (classified by name and code, not message) to one actionable line. */
function classifyPdfError(file: string, error: unknown): InputError {
  const { name, code } = (error ?? {}) as { name?: string; code?: number };
  if (name === "PasswordException") {
    return code === 2
      ? new InputError(file, "pdf-password-wrong", "the PDF password is wrong; export an unprotected copy")
      : new InputError(file, "pdf-encrypted", "the PDF is password-protected; export an unprotected copy");
  }
  if (name === "InvalidPDFException") {
    return new InputError(file, "pdf-invalid", "not a valid PDF (the file is damaged or truncated); export it again");
  }
  return new InputError(file, "pdf-unreadable", "the PDF could not be read (it may be damaged); export it again");
}

/** The value covering the most characters of the line. */
const mostCommon = <T>(values: [T, number][]): T | undefined => {
  const counts = new Map<T, number>();
  for (const [value, weight] of values) counts.set(value, (counts.get(value) ?? 0) + weight);
  let best: [T | undefined, number] = [undefined, 0];
  for (const entry of counts) if (entry[1] > best[1]) best = entry;
  return best[0];
};

const round = (value: number) => Math.round(value * 100) / 100;
/** Fonts whose glyphs are pictures (phone, envelope, logos, bullets): their "letters" mean nothing as text. */
const ICON_FONT =
  /dingbat|wingding|webding|awesome|academicons|icomoon|glyphicon|material.?(icons|symbols)|ionicons|octicons|marvosym|bbding|pifont|^(?:[A-Z]{6}\+)?symbol(?:mt)?$/i;

/** Share of the page height at the top and bottom where artifact text counts as header or footer. */
const ARTIFACT_BAND = 0.2;

/** One laid-out line as the Document stores it, and the words it wrote with ligature characters. */
function toRawLine(
  line: LaidLine,
  page: { number: number; height: number },
): { raw: RawLine; ligatureWords: string[] } {
  const parts = line.segments.flatMap((segment) => segment.parts);
  let written = "";
  const found: number[] = [];
  for (const segment of line.segments) {
    const joined = joinParts(segment.parts);
    if (!joined.text) continue;
    if (written) written += " ";
    found.push(...joined.symbols.map((offset) => offset + written.length));
    written += joined.text;
  }
  const { text, symbols, ligatureWords } = cleanGlyphText(written, found);
  const fontSize = mostCommon(parts.map((part) => [Math.round(part.fontSize * 10) / 10, part.text.length])) ?? 0;
  const fontName = mostCommon(parts.map((part) => [part.fontName, part.text.length])) ?? "";
  const left = Math.min(...line.segments.map((segment) => segment.x));
  const right = Math.max(...line.segments.map((segment) => segment.right));
  const hidden = line.segments[0].hidden;
  const raw: RawLine = {
    page: page.number,
    text,
    x: round(left),
    y: round(line.segments[0].baseline - fontSize),
    width: round(right - left),
    height: round(fontSize),
    fontSize,
    fontName,
    bold: /bold|black|heavy|semibold|demi/i.test(fontName),
    band: "body",
    hidden: hidden !== undefined,
  };
  if (hidden) raw.hiddenReason = hidden;
  if (line.column) raw.column = line.column;
  if (line.table) raw.table = line.table;
  if (symbols.length > 0) raw.symbols = symbols;
  if (line.segments[0].rotated) raw.floating = true;
  // Tagged PDFs mark running headers and footers as artifacts; page decorations elsewhere are not bands.
  if (parts.every((part) => part.artifact)) {
    if (raw.y + raw.height <= page.height * ARTIFACT_BAND) raw.band = "header";
    else if (raw.y >= page.height * (1 - ARTIFACT_BAND)) raw.band = "footer";
  }
  return { raw, ligatureWords };
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>["getPage"]>>;
type FontFacts = ExtractionFacts["fonts"][number];

/** What pdfjs tells about a loaded font; absent when the font failed to load. */
function fontInfo(page: PdfPage, id: string) {
  try {
    return page.commonObjs.get(id) as
      | { name?: string; missingFile?: boolean; fontMatrix?: number[]; isType3Font?: boolean; bold?: boolean }
      | undefined;
  } catch {
    return undefined;
  }
}

/** Reads one page: its lines in reading order, images and layout; adds its fonts to `fonts`. */
async function readPage(
  pdfjs: PdfJs,
  page: PdfPage,
  number: number,
  fonts: Map<string, FontFacts>,
  limits: { file: string; maxPageOperations: number },
) {
  const viewport = page.getViewport({ scale: 1 });
  const operators = await page.getOperatorList();
  if (operators.fnArray.length > limits.maxPageOperations) {
    throw new InputError(
      limits.file,
      "pdf-too-complex",
      `page ${number} has ${operators.fnArray.length} drawing operations, more than a resume needs (limit ${limits.maxPageOperations}; raise it with --max-page-operations)`,
    );
  }
  const content = readPageContent({
    fnArray: operators.fnArray,
    argsArray: operators.argsArray,
    ops: pdfjs.OPS,
    viewport: viewport.transform as [number, number, number, number, number, number],
    width: viewport.width,
    height: viewport.height,
    font: (id) => fontInfo(page, id),
  });
  const fontNames = new Map<string, string>();
  for (const [id, stats] of content.glyphStats) {
    const info = fontInfo(page, id);
    const name = info?.name ?? id;
    fontNames.set(id, name);
    const facts = fonts.get(name) ?? { name, embedded: !info?.missingFile, glyphs: 0, unmapped: 0, privateUse: 0 };
    facts.glyphs = (facts.glyphs ?? 0) + stats.glyphs;
    facts.unmapped = (facts.unmapped ?? 0) + stats.unmapped;
    facts.privateUse = (facts.privateUse ?? 0) + stats.privateUse;
    fonts.set(name, facts);
  }
  const size = { width: viewport.width, height: viewport.height };
  const placed: PlacedText[] = content.chunks.map((chunk) => ({
    text: chunk.text,
    x: chunk.x,
    baseline: chunk.baseline,
    width: chunk.width,
    fontSize: chunk.fontSize,
    fontName: fontNames.get(chunk.fontId) ?? chunk.fontId,
    hidden: hiddenReason(chunk, size, content.fills, content.images),
    rotated: chunk.rotated,
    artifact: chunk.artifact,
    symbol: ICON_FONT.test(fontNames.get(chunk.fontId) ?? "") || /[\ue000-\uf8ff]/.test(chunk.text),
  }));
  const laid = layoutPage(placed, size);
  markTables(laid.lines, content.rules);
  const pageArea = viewport.width * viewport.height;
  const images = content.images
    .map((image) => {
      const x = Math.max(0, image.x);
      const y = Math.max(0, image.y);
      const width = Math.min(viewport.width, image.x + image.width) - x;
      const height = Math.min(viewport.height, image.y + image.height) - y;
      return { x: round(x), y: round(y), width: round(width), height: round(height) };
    })
    .filter((image) => image.width > 0.5 && image.height > 0.5)
    .map((image) => ({ ...image, areaShare: round((image.width * image.height) / pageArea) }));
  const pageInfo: Page = {
    number,
    width: round(viewport.width),
    height: round(viewport.height),
    lineCount: laid.lines.length,
    images,
  };
  if (laid.layout.kind !== "single") pageInfo.layout = laid.layout;
  const lines = laid.lines.map((line) => toRawLine(line, { number, height: viewport.height }));
  return {
    page: pageInfo,
    lines: lines.map((line) => line.raw),
    ligatureWords: lines.flatMap((line) => (line.raw.hidden ? [] : line.ligatureWords)),
  };
}

/** Extracts text lines with positions and fonts from a PDF, in reading order. */
export async function extractPdf(file: string, bytes: Uint8Array, options: PdfOptions): Promise<Document> {
  const { pdfjs, worker } = await loadPdfJs();
  // pdfjs detaches the buffer it is given, so it gets a copy; eval stays off (CVE-2024-4367).
  const task = pdfjs.getDocument({
    worker,
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl,
    verbosity: 0,
    // In our reader threads fonts are "installed" into a stand-in (see reader-thread.ts); elsewhere pdfjs
    // compiles glyph outlines instead, which changes nothing we read.
    ...(fontInstallTarget
      ? { ownerDocument: fontInstallTarget as unknown as OwnerDocument, disableFontFace: false }
      : { disableFontFace: true }),
    useSystemFonts: false,
    enableXfa: false,
    // Images over 16 megapixels are not decoded: a resume needs none, and decoding one can take gigabytes.
    maxImageSize: 4096 * 4096,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw classifyPdfError(file, error);
  }
  try {
    const rawLines: RawLine[] = [];
    const pages: Page[] = [];
    const fonts = new Map<string, FontFacts>();
    const pageCount = Math.min(pdf.numPages, options.maxPages);
    const ligatureWords: string[] = [];
    try {
      for (let number = 1; number <= pageCount; number++) {
        const page = await pdf.getPage(number);
        const read = await readPage(pdfjs, page, number, fonts, { file, maxPageOperations: options.maxPageOperations });
        rawLines.push(...read.lines);
        ligatureWords.push(...read.ligatureWords);
        pages.push(read.page);
        page.cleanup();
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      // A page pdfjs cannot parse makes the file unreadable as a whole: one clear line, not a stack.
      throw classifyPdfError(file, error);
    }
    markBands(rawLines, pages);
    const metadata: Record<string, string> = {};
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    for (const key of ["Title", "Author", "Subject", "Creator", "Producer"]) {
      if (typeof info[key] === "string" && info[key].trim()) metadata[key.toLowerCase()] = (info[key] as string).trim();
    }
    const restrictions = restrictedOperations(await pdf.getPermissions().catch(() => null));
    const facts: Omit<ExtractionFacts, "textChars"> = {
      pageCount: pdf.numPages,
      fileBytes: bytes.byteLength,
      pagesWithoutText: pages.filter((page) => page.lineCount === 0).map((page) => page.number),
      imageCount: pages.reduce((sum, page) => sum + page.images.length, 0),
      metadata,
      fonts: [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name)),
      pagesRead: pageCount,
    };
    if (info.EncryptFilterName) facts.encrypted = true;
    if (restrictions.length > 0) facts.restrictions = restrictions;
    if (isTruncated(bytes)) facts.truncated = true;
    if (ligatureWords.length > 0)
      facts.ligatures = { words: ligatureWords.length, examples: [...new Set(ligatureWords)].slice(0, 4) };
    return buildDocument({ path: file, format: "pdf", bytes: bytes.byteLength }, rawLines, pages, facts);
  } finally {
    await pdf.destroy();
  }
}
