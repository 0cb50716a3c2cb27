import type { Check, Contact, Document, Finding } from "../types.js";

/** A wide picture across the top of page 1: where designed resumes put a banner with the contact details. */
function topBanner(doc: Document) {
  const page = doc.pages[0];
  return page?.images.find(
    (image) => image.y < page.height * 0.3 && image.width >= 150 && image.width >= image.height * 1.5,
  );
}

export const contactInHeader: Check = {
  id: "contact-in-header",
  severity: "warning",
  description: "Contact details appear only in the page header or footer (or possibly only in a picture).",
  why: "Many ATS parsers (Taleo, older Workday) skip headers and footers, and none read pictures, so the profile arrives without them.",
  fix: "Move your name, e-mail and phone into the body of the first page, as plain text.",
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
    // No e-mail and no phone in the text at all, but a banner picture on top: the details may be in it.
    const banner = topBanner(doc);
    if (!doc.contact.email && !doc.contact.phone && banner && doc.facts.textChars > 0) {
      findings.push({
        checkId: this.id,
        severity: this.severity,
        data: { field: "email", band: "image", value: "" },
        location: { page: 1 },
      });
    }
    return findings;
  },
};
