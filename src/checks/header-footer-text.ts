import type { Check, Finding, Line } from "../types.js";

const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;

export const headerFooterText: Check = {
  id: "header-footer-text",
  severity: "info",
  description: "Text sits in the page header or footer.",
  why: "Many ATS parsers (Taleo, older Workday) drop headers and footers, so whatever is there is lost.",
  fix: "Keep only page numbers in headers and footers; put everything else in the body.",
  run({ doc }) {
    // Contact details there are reported, more urgently, by contact-in-header.
    const contactLines = new Set(
      Object.values(doc.contact)
        .filter((field) => field && field.band !== "body")
        .map((field) => field!.line),
    );
    const byBand = new Map<Line["band"], Line[]>();
    for (const line of doc.lines) {
      if (line.band === "body" || line.hidden || contactLines.has(line.index) || PAGE_NUMBER.test(line.text.trim()))
        continue;
      byBand.set(line.band, [...(byBand.get(line.band) ?? []), line]);
    }
    const findings: Finding[] = [];
    for (const [band, lines] of byBand) {
      const texts = [...new Set(lines.map((line) => line.text))];
      findings.push({
        checkId: this.id,
        severity: this.severity,
        data: { band, lines: lines.length, texts: texts.slice(0, 3) },
        location: { line: lines[0].index, page: lines[0].page },
      });
    }
    return findings;
  },
};
