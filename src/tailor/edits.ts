import { buildDocument, type RawLine } from "../extract/document.js";
import type { Document, Line } from "../types.js";
import type { DocumentEdit, LayoutFix } from "./types.js";

const toRaw = (line: Line): RawLine => {
  const { index: _index, section: _section, heading: _heading, ...raw } = line;
  return raw;
};

/**
 * Applies edits to a copy of the Document and re-detects sections and contact. Lines keep their
 * original indexes in `edits`; removed lines vanish and added lines go after the target section.
 */
export function applyEdits(doc: Document, edits: DocumentEdit[]): Document {
  const lines: (RawLine | undefined)[] = doc.lines.map(toRaw);
  const additions = new Map<number, RawLine[]>();
  const moves: { lines: number[]; before: number }[] = [];
  let pages = doc.pages;
  const { textChars: _textChars, ...initialFacts } = doc.facts;
  let facts: Facts = initialFacts;
  for (const edit of edits) {
    switch (edit.type) {
      case "replace-in-line": {
        const line = lines[edit.line];
        if (line) lines[edit.line] = { ...line, text: line.text.replace(edit.find, edit.replace) };
        break;
      }
      case "append-to-line": {
        const line = lines[edit.line];
        if (line) lines[edit.line] = { ...line, text: `${line.text}${edit.text}` };
        break;
      }
      case "remove-lines":
        for (const index of edit.lines) lines[index] = undefined;
        break;
      case "rename-heading": {
        const line = lines[edit.line];
        if (line) lines[edit.line] = { ...line, text: edit.heading };
        break;
      }
      case "move-to-body":
        for (const index of edit.lines) {
          const line = lines[index];
          if (line) lines[index] = { ...line, band: "body" };
        }
        break;
      case "move-lines":
        moves.push(edit);
        break;
      case "fix-layout": {
        const fixed = fixLayout(edit.fix, lines, pages, facts);
        pages = fixed.pages;
        facts = fixed.facts;
        break;
      }
      case "add-lines": {
        const after = lastLineOf(doc, edit.section);
        const template = lines[after] ?? lines[lines.length - 1];
        if (!template) break;
        const texts =
          after === doc.lines.length - 1 && !doc.sections.some((s) => s.id === edit.section)
            ? [headingFor(edit.section), ...edit.texts]
            : edit.texts;
        additions.set(after, [
          ...(additions.get(after) ?? []),
          ...texts.map((text) => ({ ...template, text, hidden: false, band: "body" as const })),
        ]);
        break;
      }
    }
  }
  let order = lines.map((_, index) => index);
  for (const move of moves) {
    const moving = order.filter((index) => move.lines.includes(index));
    const rest = order.filter((index) => !move.lines.includes(index));
    const at = rest.indexOf(move.before);
    order = at < 0 ? order : [...rest.slice(0, at), ...moving, ...rest.slice(at)];
  }
  const rawLines: RawLine[] = [];
  for (const index of order) {
    const line = lines[index];
    if (line) rawLines.push(line);
    rawLines.push(...(additions.get(index) ?? []));
  }
  return buildDocument(doc.source, rawLines, pages, facts);
}

type Facts = Omit<Document["facts"], "textChars">;

/** What the resume would look like re-exported without the layout problem, for measuring the gain. */
function fixLayout(fix: LayoutFix, lines: (RawLine | undefined)[], pages: Document["pages"], facts: Facts) {
  const each = (change: (line: RawLine) => RawLine | undefined) => {
    lines.forEach((line, index) => {
      if (line) lines[index] = change(line);
    });
  };
  switch (fix) {
    case "single-column":
      each(({ column: _column, ...line }) => line);
      return { pages: pages.map(({ layout: _layout, ...page }) => page), facts };
    case "no-tables":
      each(({ table: _table, ...line }) => line);
      break;
    case "bands-to-body":
      each((line) => ({ ...line, band: "body" }));
      break;
    case "remove-hidden":
      each((line) => (line.hidden ? undefined : line));
      break;
    case "no-images":
      each(({ symbols: _symbols, ...line }) => line);
      return { pages: pages.map((page) => ({ ...page, images: [] })), facts: { ...facts, imageCount: 0 } };
    case "collapse-letter-spacing":
      each((line) => (/^(\S ){3,}\S$/.test(line.text.trim()) ? { ...line, text: line.text.replace(/ /g, "") } : line));
      break;
    case "plain-bullets":
      each(({ symbols: _symbols, ...line }) => ({
        ...line,
        text: line.text.replace(/^\s*[^\p{L}\p{N}\s•\-–*(]{1,2}\s+/u, "• "),
      }));
      break;
    case "plain-text-boxes":
      each((line) => ({ ...line, floating: false }));
      break;
    case "clean-fonts":
      return {
        pages,
        facts: {
          ...facts,
          ligatures: undefined,
          fonts: facts.fonts.map((font) => ({ ...font, embedded: true, unmapped: 0 })),
        },
      };
  }
  return { pages, facts };
}

function lastLineOf(doc: Document, section: string): number {
  const found = doc.sections.filter((item) => item.id === section).pop();
  return found ? Math.max(found.endLine, found.headingLine) : doc.lines.length - 1;
}

const SECTION_HEADINGS: Record<string, string> = {
  skills: "Skills",
  coursework: "Relevant Coursework",
  publications: "Publications",
};
const headingFor = (section: string) => SECTION_HEADINGS[section] ?? section[0].toUpperCase() + section.slice(1);
