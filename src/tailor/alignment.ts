import type { Document, Report } from "../types.js";
import type { QualificationAlignment } from "./types.js";

/** Maps each qualification of the posting to the resume lines that best support it. */
export function alignQualifications(doc: Document, report: Report): QualificationAlignment[] {
  return report.requirements.map((requirement) => {
    const seen = new Set<number>();
    const support = requirement.evidence
      .filter((item) => item.strength > 0)
      .sort((a, b) => b.strength - a.strength || a.line - b.line)
      .filter((item) => !seen.has(item.line) && seen.add(item.line))
      .slice(0, 3)
      .map((item) => {
        const sourceLine = doc.lines[item.line]?.sourceLine;
        return {
          line: item.line,
          page: item.page,
          section: item.section,
          text: doc.lines[item.line]?.text ?? item.text,
          ...(sourceLine !== undefined ? { fileLine: sourceLine + 1 } : {}),
        };
      });
    return { id: requirement.id, label: requirement.label, status: requirement.status, support };
  });
}
