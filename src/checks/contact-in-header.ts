import type { Check, Contact, Finding } from "../types.js";

export const contactInHeader: Check = {
  id: "contact-in-header",
  severity: "warning",
  description: "Contact details appear only in the page header or footer.",
  why: "Many ATS parsers (Taleo, older Workday) skip headers and footers, so the profile arrives without them.",
  fix: "Move your name, e-mail and phone into the body of the first page.",
  run({ doc }) {
    const findings: Finding[] = [];
    for (const [field, value] of Object.entries(doc.contact) as [keyof Contact, Contact[keyof Contact]][]) {
      if (!value || value.band === "body") continue;
      findings.push({
        checkId: this.id,
        severity: this.severity,
        data: { field, band: value.band, value: value.value },
        location: { line: value.line, page: doc.lines[value.line]?.page },
      });
    }
    return findings;
  },
};
