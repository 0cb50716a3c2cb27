import type { Check } from "../types.js";

/** Titles that name a template, a file or nothing: "Microsoft Word - CV_final.docx", "Untitled", "Resume Template". */
const TEMPLATE_TITLE =
  /^microsoft (?:word|powerpoint)\s*-|\.(?:docx?|pdf|odt|pages)$|^untitled|^document\s*\d*$|template|^new document/i;

export const metadata: Check = {
  id: "metadata",
  severity: "info",
  description: "The PDF's title names a template or a file instead of you.",
  why: "Some ATS and recruiters' PDF viewers show the document title; 'Microsoft Word - Resume Template (2).docx' looks careless.",
  fix: "Set the document title to your name and 'Resume' (Word: File > Info > Title) before exporting.",
  run({ doc }) {
    if (doc.source.format !== "pdf" || doc.facts.textChars === 0) return [];
    // Most PDFs have no title at all and nobody sees the gap, so only a telling title is reported.
    const title = doc.facts.metadata.title ?? "";
    if (!TEMPLATE_TITLE.test(title)) return [];
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { title },
        location: { path: ["facts", "metadata", "title"] },
      },
    ];
  },
};
