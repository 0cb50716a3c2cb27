/**
 * Render our fixture resume markdown to a clean, single-column PDF: the ATS-friendly baseline layout.
 *
 * Markdown subset (the same files are read directly by the text extractor, so it stays tiny):
 *   `# Name`  `## HEADING`  `- bullet`  plain lines  `**bold**` runs.
 * Every source line becomes its own paragraph: in a resume the line breaks carry meaning
 * (role line, then dates line), so we never reflow two source lines into one.
 *
 * Output is deterministic (fixed metadata and dates, standard fonts, no object streams), so
 * regenerating fixtures gives byte-identical files and a clean git diff.
 */
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";

/** US Letter in points, 0.75 in margins. */
export const PAGE = { width: 612, height: 792, margin: 54 };

/** Fixed timestamp for CreationDate/ModDate so output does not depend on the clock. */
export const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

const SIZE = { name: 18, heading: 12, body: 10 };
const LEADING = 1.25;
const BULLET = "\u2022";
/** Hanging indent: wrapped bullet lines align with the bullet's text, not the bullet. */
const BULLET_INDENT = 12;
/** Vertical space for a blank source line, before a heading, and after a heading's rule. */
const GAP = { blank: 5, beforeHeading: 9, afterHeading: 6, afterName: 3 };
const RULE_COLOR = rgb(0.55, 0.55, 0.55);

/**
 * @typedef {{ text: string, bold: boolean }} Run
 * @typedef {{ type: "name" | "heading" | "bullet" | "text", runs: Run[], line: number }
 *   | { type: "gap", line: number }} Block
 */

/** Split `**bold**` markup into runs; unbalanced markers are a fixture bug, so fail loudly. */
function parseInline(text, lineNumber) {
  const parts = text.split("**");
  if (parts.length % 2 === 0) {
    throw new Error(`line ${lineNumber}: unbalanced ** in "${text}"`);
  }
  return parts.map((part, i) => ({ text: part, bold: i % 2 === 1 })).filter((run) => run.text !== "");
}

/**
 * Parse resume markdown into a flat list of blocks (one per source line).
 * Consecutive blank lines collapse into one gap; markdown syntax is stripped from the text.
 * @param {string} markdown
 * @returns {Block[]}
 */
export function parseResumeMarkdown(markdown) {
  /** @type {Block[]} */
  const blocks = [];
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const lineNumber = i + 1;
    let m;
    if (line === "") {
      if (blocks.length > 0 && blocks.at(-1).type !== "gap") {
        blocks.push({ type: "gap", line: lineNumber });
      }
    } else if ((m = /^#\s+(.+)$/.exec(line))) {
      blocks.push({
        type: "name",
        runs: [{ text: m[1].replaceAll("**", ""), bold: true }],
        line: lineNumber,
      });
    } else if ((m = /^##\s+(.+)$/.exec(line))) {
      // Headings keep the case they were written in: ATS section detection sees exactly this.
      blocks.push({
        type: "heading",
        runs: [{ text: m[1].replaceAll("**", ""), bold: true }],
        line: lineNumber,
      });
    } else if ((m = /^[-*]\s+(.+)$/.exec(line))) {
      blocks.push({
        type: "bullet",
        runs: parseInline(m[1], lineNumber),
        line: lineNumber,
      });
    } else {
      blocks.push({
        type: "text",
        runs: parseInline(line, lineNumber),
        line: lineNumber,
      });
    }
  });
  if (blocks.at(-1)?.type === "gap") blocks.pop();
  return blocks;
}

/**
 * Split runs into words; a word may span runs ("**Doe**," is bold then regular), so each
 * word is a list of segments. Whitespace collapses to single spaces.
 */
function toWords(runs) {
  const words = [];
  let current = null;
  for (const run of runs) {
    for (const piece of run.text.split(/(\s+)/)) {
      if (piece === "") continue;
      if (/^\s+$/.test(piece)) {
        current = null;
        continue;
      }
      if (!current) {
        current = [];
        words.push(current);
      }
      current.push({ text: piece, bold: run.bold });
    }
  }
  return words;
}

/** Join words back into drawable runs; each inter-word space takes the font of the text before it. */
function wordsToRuns(words) {
  const runs = [];
  words.forEach((word, w) => {
    word.forEach((seg, s) => {
      if (w > 0 && s === 0) runs.at(-1).text += " ";
      const last = runs.at(-1);
      if (last && last.bold === seg.bold) last.text += seg.text;
      else runs.push({ text: seg.text, bold: seg.bold });
    });
  });
  return runs;
}

/**
 * Greedy word wrap. Returns lines as run lists; a single word wider than the line is left
 * to overflow rather than being split, because split words are exactly what we test against.
 * @param {Run[]} runs
 * @param {number} maxWidth
 * @param {(run: Run) => number} measure width of one run at the target size
 * @returns {Run[][]}
 */
export function wrapRuns(runs, maxWidth, measure) {
  const width = (line) => wordsToRuns(line).reduce((sum, run) => sum + measure(run), 0);
  const lines = [];
  let line = [];
  for (const word of toWords(runs)) {
    if (line.length > 0 && width([...line, word]) > maxWidth) {
      lines.push(wordsToRuns(line));
      line = [];
    }
    line.push(word);
  }
  if (line.length > 0) lines.push(wordsToRuns(line));
  return lines;
}

/** Report characters Helvetica (WinAnsi) cannot draw with the source line, instead of pdf-lib's bare error. */
function assertEncodable(blocks, font) {
  const supported = new Set(font.getCharacterSet());
  for (const block of blocks) {
    if (block.type === "gap") continue;
    for (const ch of block.runs.map((r) => r.text).join("")) {
      const cp = ch.codePointAt(0);
      if (!supported.has(cp)) {
        const hex = cp.toString(16).toUpperCase().padStart(4, "0");
        throw new Error(`line ${block.line}: "${ch}" (U+${hex}) is outside WinAnsi; use a plain equivalent`);
      }
    }
  }
}

/**
 * Fixed document metadata: the same input must always give the same bytes.
 * @param {PDFDocument} doc
 * @param {string} name the person's name (title and author)
 */
export function applyFixedMetadata(doc, name) {
  doc.setTitle(name);
  doc.setAuthor(name);
  doc.setSubject("Resume");
  doc.setCreator("ats-score fixtures");
  doc.setProducer("pdf-lib");
  doc.setLanguage("en-US");
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
}

/**
 * Render resume markdown to PDF bytes: single column, Helvetica, word-wrapped, automatic page breaks.
 * @param {string} markdown
 * @returns {Promise<Uint8Array>}
 */
export async function renderResumePdf(markdown) {
  const blocks = parseResumeMarkdown(markdown);
  // updateMetadata: false stops pdf-lib stamping the current time; applyFixedMetadata sets everything.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  assertEncodable(blocks, fonts.regular);

  const name = blocks.find((b) => b.type === "name")?.runs[0].text ?? "Resume";
  applyFixedMetadata(doc, name);

  const left = PAGE.margin;
  const right = PAGE.width - PAGE.margin;
  const bottom = PAGE.margin;
  const top = PAGE.height - PAGE.margin;

  let page = doc.addPage([PAGE.width, PAGE.height]);
  /** Top of the next line box; text baselines sit one font size below it. */
  let cursor = top;
  const atPageTop = () => cursor === top;
  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    cursor = top;
  };
  const fontOf = (run) => (run.bold ? fonts.bold : fonts.regular);
  const layout = (runs, size, indent) =>
    wrapRuns(runs, right - left - indent, (run) => fontOf(run).widthOfTextAtSize(run.text, size));

  /**
   * Draw one wrapped line at x, breaking the page first if it does not fit. The bullet is drawn
   * before the text so content-stream order (what pdf.js returns) matches reading order.
   */
  const drawLine = (runs, size, x, bullet = false) => {
    const lineHeight = size * LEADING;
    if (cursor - lineHeight < bottom) newPage();
    const baseline = cursor - size;
    if (bullet) {
      page.drawText(BULLET, {
        x: left + 2,
        y: baseline,
        size,
        font: fonts.regular,
      });
    }
    for (const run of runs) {
      const font = fontOf(run);
      page.drawText(run.text, { x, y: baseline, size, font });
      x += font.widthOfTextAtSize(run.text, size);
    }
    cursor -= lineHeight;
    return baseline;
  };

  let previous = null;
  for (const block of blocks) {
    switch (block.type) {
      case "gap":
        // No gap at the top of a page or right under a heading (the heading has its own spacing).
        if (!atPageTop() && previous?.type !== "heading") cursor -= GAP.blank;
        break;
      case "name":
        for (const line of layout(block.runs, SIZE.name, 0)) {
          drawLine(line, SIZE.name, left);
        }
        cursor -= GAP.afterName;
        break;
      case "heading": {
        // Keep a heading with at least two body lines: an orphaned heading at a page foot reads badly.
        const needed = GAP.beforeHeading + SIZE.heading * LEADING + GAP.afterHeading + 2 * SIZE.body * LEADING;
        if (cursor - needed < bottom) newPage();
        if (!atPageTop()) cursor -= GAP.beforeHeading;
        let baseline = 0;
        for (const line of layout(block.runs, SIZE.heading, 0)) {
          baseline = drawLine(line, SIZE.heading, left);
        }
        const ruleY = baseline - 3;
        page.drawLine({
          start: { x: left, y: ruleY },
          end: { x: right, y: ruleY },
          thickness: 0.5,
          color: RULE_COLOR,
        });
        cursor -= GAP.afterHeading;
        break;
      }
      case "bullet":
      case "text": {
        const isBullet = block.type === "bullet";
        const indent = isBullet ? BULLET_INDENT : 0;
        const lines = layout(block.runs, SIZE.body, indent);
        // Keep a paragraph on one page: a bullet's last line alone on the next page reads badly.
        const height = lines.length * SIZE.body * LEADING;
        if (!atPageTop() && cursor - height < bottom) newPage();
        lines.forEach((line, i) => {
          drawLine(line, SIZE.body, left + indent, isBullet && i === 0);
        });
        break;
      }
    }
    previous = block;
  }

  return doc.save({ useObjectStreams: false });
}
