import { textToDocument } from "../../src/extract/text.js";
import type { Document } from "../../src/types.js";

/** A Document from Markdown text, the way `.md` input is read. */
export const markdownDocument = (markdown: string, path = "inline.md"): Document =>
  textToDocument(markdown, { path, format: "md", bytes: markdown.length });

export const textDocument = (text: string, path = "inline.txt"): Document =>
  textToDocument(text, { path, format: "txt", bytes: text.length });
