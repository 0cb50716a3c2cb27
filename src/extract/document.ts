import { extractContact } from "../analyse/contact.js";
import { detectSections } from "../analyse/sections.js";
import type { Document, ExtractionFacts, InputFormat, Line, Page } from "../types.js";

/** A line as an extractor produces it, before sections are known. */
export type RawLine = Omit<Line, "index" | "section" | "heading">;

/** Turns extracted lines into a Document: numbers lines, detects sections and contact fields. */
export function buildDocument(
  source: { path: string; format: InputFormat; bytes: number },
  rawLines: RawLine[],
  pages: Page[],
  facts: Omit<ExtractionFacts, "textChars">,
): Document {
  const lines: Line[] = rawLines.map((line, index) => ({ ...line, index, section: "other", heading: false }));
  const sections = detectSections(lines);
  const contact = extractContact(lines);
  const textChars = lines
    .filter((line) => !line.hidden)
    .reduce((sum, line) => sum + line.text.replace(/\s/g, "").length, 0);
  return { source, pages, lines, sections, contact, facts: { ...facts, textChars } };
}
