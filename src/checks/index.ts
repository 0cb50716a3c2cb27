import type { Check, CheckContext, Finding } from "../types.js";
import { contactInHeader } from "./contact-in-header.js";
import { keywordStuffing } from "./keyword-stuffing.js";
import { length } from "./length.js";
import { missingAddress, missingEmail, missingPhone } from "./missing-contact.js";
import { missingSections } from "./missing-sections.js";
import { noText } from "./no-text.js";

/** The registry: every check, in the order findings are reported. */
export const checks: Check[] = [
  noText,
  missingEmail,
  missingPhone,
  missingAddress,
  contactInHeader,
  missingSections,
  length,
  keywordStuffing,
];

export const checkById = new Map(checks.map((check) => [check.id, check]));

export function runChecks(context: CheckContext): Finding[] {
  return checks.flatMap((check) => check.run(context));
}

/** Points a finding costs the format score, by severity. */
export const SEVERITY_PENALTY = { error: 30, warning: 10, info: 0 } as const;

/** Format score: 100 minus each finding's penalty; stuffing is a content finding and costs nothing here. */
export function formatScore(findings: Finding[]): number {
  const penalty = findings
    .filter((finding) => finding.checkId !== "keyword-stuffing")
    .reduce((sum, finding) => sum + SEVERITY_PENALTY[finding.severity], 0);
  return Math.max(0, 100 - penalty);
}
