import type { Check, Finding } from "../types.js";

/** Legal paper (8.5 × 14 in) is the longest page a resume is printed on; 10% slack for odd sizes. */
const MAX_HEIGHT = 1008 * 1.1;

export const pageSize: Check = {
  id: "page-size",
  severity: "warning",
  description: "A page is not a paper size: landscape, or one long page (a web page printed to PDF).",
  why: "Parsers and recruiters expect Letter or A4 portrait pages; one tall page is split or shrunk unpredictably.",
  fix: "Export on Letter or A4 portrait pages.",
  run({ doc }) {
    if (doc.source.format !== "pdf") return [];
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const problem = page.height > MAX_HEIGHT ? "long-page" : page.width > page.height * 1.05 ? "landscape" : "";
      if (!problem) continue;
      findings.push({
        checkId: this.id,
        severity: this.severity,
        data: { page: page.number, problem, width: Math.round(page.width), height: Math.round(page.height) },
        location: { page: page.number },
      });
    }
    return findings;
  },
};
