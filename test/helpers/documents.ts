import { textToDocument } from "../../src/extract/text.js";
import type { Document } from "../../src/types.js";

/** A Document from Markdown text, the way `.md` input is read. */
export const markdownDocument = (markdown: string, path = "inline.md"): Document =>
  textToDocument(markdown, { path, format: "md", bytes: markdown.length });

export const textDocument = (text: string, path = "inline.txt"): Document =>
  textToDocument(text, { path, format: "txt", bytes: text.length });

/** The six example resumes written for the Netflix posting, in the score order the tests expect. */
export const EXAMPLE_SCENARIOS = [
  "strong-phd-recsys",
  "synonym-phd",
  "ms-data-scientist",
  "keyword-stuffer",
  "frontend-engineer",
  "nurse",
];
