import type { Check, Finding, SectionId } from "../types.js";

/** Sections an ATS maps into its profile fields; without a recognisable heading, content lands in "other". */
const EXPECTED: { id: string; anyOf: SectionId[] }[] = [
  { id: "education", anyOf: ["education"] },
  { id: "experience", anyOf: ["experience", "research", "projects"] },
  { id: "skills", anyOf: ["skills"] },
];

export const missingSections: Check = {
  id: "missing-sections",
  severity: "warning",
  description: "A standard section (Education, Experience, Skills) has no recognisable heading.",
  why: "ATS parsers split a resume by its headings; unusual or missing headings leave content unmapped.",
  fix: "Use plain headings such as Education, Experience, Research Experience, Projects and Skills.",
  run({ doc }) {
    if (doc.facts.textChars === 0) return [];
    const present = new Set(doc.sections.map((section) => section.id));
    const findings: Finding[] = [];
    for (const expected of EXPECTED) {
      if (expected.anyOf.some((id) => present.has(id))) continue;
      findings.push({
        checkId: this.id,
        severity: this.severity,
        data: { section: expected.id, accepted: expected.anyOf },
        location: { path: ["sections"] },
      });
    }
    return findings;
  },
};
