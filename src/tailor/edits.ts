import { buildDocument, type RawLine } from "../extract/document.js";
import type { Document, Line } from "../types.js";
import type { DocumentEdit } from "./types.js";

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
  const { textChars: _textChars, ...facts } = doc.facts;
  return buildDocument(doc.source, rawLines, doc.pages, facts);
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
