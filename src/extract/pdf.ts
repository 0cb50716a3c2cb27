import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { InputError } from "../errors.js";
import type { Document, Page } from "../types.js";
import { buildDocument, type RawLine } from "./document.js";

export interface PdfOptions {
  /** Pages beyond this are not read (resumes are short; this bounds time on hostile files). */
  maxPages: number;
}

/** A positioned run of text from pdfjs, in top-left page coordinates. */
interface TextRun {
  text: string;
  x: number;
  baseline: number;
  width: number;
  fontSize: number;
  fontName: string;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsPromise: Promise<PdfJs> | undefined;
/** pdfjs costs ~260 ms to import, so only PDF input pays for it. */
const loadPdfJs = () => (pdfjsPromise ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

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

/** Joins runs on one baseline left to right, adding a space only where the gap shows one. */
function joinRuns(runs: TextRun[]): string {
  let text = "";
  let previousEnd = -Infinity;
  for (const run of runs) {
    if (run.text.trim() === "") {
      if (text && !text.endsWith(" ")) text += " ";
      previousEnd = Math.max(previousEnd, run.x + run.width);
      continue;
    }
    const gap = run.x - previousEnd;
    if (text && !text.endsWith(" ") && gap > run.fontSize * 0.18) text += " ";
    text += run.text;
    previousEnd = run.x + run.width;
  }
  return text.replace(/\s+/g, " ").trim();
}

/** Groups runs into visual lines: runs whose baselines are within a third of the font size. */
function groupLines(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    const reference = last?.find((item) => item.text.trim() !== "") ?? last?.[0];
    if (
      last &&
      reference &&
      Math.abs(run.baseline - reference.baseline) <= Math.max(run.fontSize, reference.fontSize) * 0.35
    ) {
      last.push(run);
    } else lines.push([run]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

const mostCommon = <T>(values: T[]): T | undefined => {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
};

/** Extracts text lines with positions and fonts from a PDF, in reading order. */
export async function extractPdf(file: string, bytes: Uint8Array, options: PdfOptions): Promise<Document> {
  const pdfjs = await loadPdfJs();
  // pdfjs detaches the buffer it is given, so it gets a copy; eval stays off (CVE-2024-4367).
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl,
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
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
    const fonts = new Map<string, boolean>();
    const pagesWithoutText: number[] = [];
    const pageCount = Math.min(pdf.numPages, options.maxPages);
    for (let number = 1; number <= pageCount; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const fontNames = new Map<string, string>();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.length === 0) continue;
        const matrix = pdfjs.Util.transform(viewport.transform, item.transform);
        const fontSize = Math.hypot(matrix[2], matrix[3]) || Math.hypot(matrix[0], matrix[1]);
        runs.push({
          text: item.str,
          x: matrix[4],
          baseline: matrix[5],
          width: item.width * (viewport.scale || 1),
          fontSize,
          fontName: item.fontName,
        });
      }
      if (runs.length > 0) {
        // The real font names (for bold detection and the font checks) are known once the page's
        // operators have been read.
        await page.getOperatorList();
        for (const run of runs) {
          if (fontNames.has(run.fontName)) continue;
          let name = run.fontName;
          let embedded = true;
          try {
            const font = page.commonObjs.get(run.fontName) as { name?: string; missingFile?: boolean } | undefined;
            name = font?.name ?? name;
            embedded = !font?.missingFile;
          } catch {
            // A font pdfjs could not load keeps its internal id.
          }
          fontNames.set(run.fontName, name);
          fonts.set(name, embedded);
        }
      }
      const lines = groupLines(runs);
      for (const line of lines) {
        const text = joinRuns(line);
        if (!text) continue;
        const visible = line.filter((run) => run.text.trim() !== "");
        const fontSize = mostCommon(visible.map((run) => Math.round(run.fontSize * 10) / 10)) ?? 0;
        const fontName = fontNames.get(mostCommon(visible.map((run) => run.fontName)) ?? "") ?? "";
        const left = Math.min(...visible.map((run) => run.x));
        const right = Math.max(...visible.map((run) => run.x + run.width));
        const baseline = visible[0].baseline;
        rawLines.push({
          page: number,
          text,
          x: round(left),
          y: round(baseline - fontSize),
          width: round(right - left),
          height: round(fontSize),
          fontSize,
          fontName,
          bold: /bold|black|heavy|semibold|demi/i.test(fontName),
          band: "body",
          hidden: fontSize > 0 && fontSize < 4,
        });
      }
      const lineCount = rawLines.filter((line) => line.page === number).length;
      if (lineCount === 0) pagesWithoutText.push(number);
      pages.push({ number, width: round(viewport.width), height: round(viewport.height), lineCount, images: [] });
      page.cleanup();
    }
    const metadata: Record<string, string> = {};
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    for (const key of ["Title", "Author", "Creator", "Producer"]) {
      if (typeof info[key] === "string" && info[key]) metadata[key.toLowerCase()] = info[key] as string;
    }
    return buildDocument({ path: file, format: "pdf", bytes: bytes.byteLength }, rawLines, pages, {
      pageCount: pdf.numPages,
      fileBytes: bytes.byteLength,
      pagesWithoutText,
      imageCount: 0,
      metadata,
      fonts: [...fonts.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([name, embedded]) => ({ name, embedded })),
    });
  } finally {
    await pdf.destroy();
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
