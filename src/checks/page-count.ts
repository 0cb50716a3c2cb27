import type { Check } from "../types.js";

export const pageCount: Check = {
  id: "page-count",
  severity: "warning",
  description: "The file has more pages than were read (--max-pages).",
  why: "A resume this long was probably merged with other documents; pages past the limit were not checked.",
  fix: "Send the resume on its own; attach other documents separately.",
  run({ doc }) {
    const read = doc.facts.pagesRead ?? doc.facts.pageCount;
    if (read >= doc.facts.pageCount) return [];
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { pages: doc.facts.pageCount, read },
        location: { path: ["facts", "pageCount"] },
      },
    ];
  },
};
