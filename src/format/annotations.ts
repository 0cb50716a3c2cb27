/**
 * What the CI formats (SARIF, GitHub annotations) report: each finding, each file that could not be read and
 * each score under --min-score, placed in its file. A finding that several jobs share is reported once.
 */
import { checks } from "../checks/index.js";
import type { BatchReport, Severity } from "../types.js";
import { findingMessage } from "./messages.js";

/** Where the rules are documented; SARIF viewers link each rule here. */
export const DOCS_URL = "https://github.com/ats-score/ats-score#readme";
const README = "https://github.com/ats-score/ats-score";

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  why: string;
  fix: string;
  helpUri: string;
}

/** The check registry plus the two results that come from the run itself rather than from a check. */
export const rules: Rule[] = [
  ...checks.map((check) => ({
    id: check.id,
    severity: check.severity,
    description: check.description,
    why: check.why,
    fix: check.fix,
    helpUri: `${README}#checks`,
  })),
  {
    id: "min-score",
    severity: "error",
    description: "The overall score is below --min-score.",
    why: "The threshold was set for this job; a resume below it is likely to be filtered out.",
    fix: "Work through the report's missing skills and requirements (ats-score <resume> --job <id>).",
    helpUri: `${README}#exit-codes`,
  },
  {
    id: "unreadable",
    severity: "error",
    description: "The file could not be read or scored (damaged, encrypted, empty, too large, or timed out).",
    why: "An ATS that cannot read a file files an empty profile.",
    fix: "Export the resume again as an unprotected text PDF, DOCX or plain text.",
    helpUri: `${README}#batch`,
  },
];

export interface Annotation {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based page (PDF) and line of the source file (text input), where known. */
  page?: number;
  line?: number;
  /** The jobs the annotation holds for (empty for a file that could not be read). */
  jobs: string[];
}

export function annotations(batch: BatchReport): Annotation[] {
  const byKey = new Map<string, Annotation>();
  const add = (annotation: Annotation) => {
    const key = JSON.stringify([
      annotation.file,
      annotation.ruleId,
      annotation.message,
      annotation.page,
      annotation.line,
    ]);
    const existing = byKey.get(key);
    if (existing) existing.jobs.push(...annotation.jobs);
    else byKey.set(key, annotation);
  };
  for (const row of batch.rows) {
    if (row.error) {
      add({ file: row.file, ruleId: "unreadable", severity: "error", message: row.error.message, jobs: [] });
      continue;
    }
    for (const result of row.results) {
      for (const finding of result.findings) {
        const { page, line } = finding.fileLocation;
        add({
          file: row.file,
          ruleId: finding.checkId,
          severity: finding.severity,
          message: findingMessage(finding) + (page !== undefined && line === undefined ? ` (page ${page})` : ""),
          ...(page === undefined ? {} : { page }),
          ...(line === undefined ? {} : { line }),
          jobs: [result.job],
        });
      }
      if (batch.minScore !== undefined && result.scores.overall < batch.minScore) {
        add({
          file: row.file,
          ruleId: "min-score",
          severity: "error",
          message: `overall score ${result.scores.overall} is below --min-score ${batch.minScore} for ${result.job}`,
          jobs: [result.job],
        });
      }
    }
  }
  return [...byKey.values()];
}

/** The annotation's message, naming the jobs when it holds for only some of several. */
export function annotationText(annotation: Annotation, batch: BatchReport): string {
  const some = annotation.jobs.length > 0 && annotation.jobs.length < batch.jobs.length;
  return some && annotation.ruleId !== "min-score"
    ? `${annotation.message} (job: ${annotation.jobs.join(", ")})`
    : annotation.message;
}
