import type { Check, CheckContext, Finding } from "../types.js";
import { sidebar, twoColumns } from "./columns.js";
import { contactInHeader } from "./contact-in-header.js";
import { encrypted } from "./encrypted.js";
import { fileSize } from "./file-size.js";
import { rotatedText, textBoxes } from "./floating-text.js";
import { fontsNotEmbedded } from "./fonts-not-embedded.js";
import { headerFooterText } from "./header-footer-text.js";
import { hiddenText } from "./hidden-text.js";
import { iconsForContact } from "./icons-for-contact.js";
import { imageOnly } from "./image-only.js";
import { images } from "./images.js";
import { keywordStuffing } from "./keyword-stuffing.js";
import { length } from "./length.js";
import { letterSpacedHeadings } from "./letter-spaced-headings.js";
import { ligatures } from "./ligatures.js";
import { metadata } from "./metadata.js";
import { missingAddress, missingEmail, missingPhone } from "./missing-contact.js";
import { missingSections } from "./missing-sections.js";
import { missingTounicode } from "./missing-tounicode.js";
import { noText } from "./no-text.js";
import { nonstandardHeadings } from "./nonstandard-headings.js";
import { pageCount } from "./page-count.js";
import { pageSize } from "./page-size.js";
import { tableLayout } from "./table-layout.js";
import { truncated } from "./truncated.js";
import { unusualBullets } from "./unusual-bullets.js";

/** The registry: every check, in the order findings are reported. */
export const checks: Check[] = [
  noText,
  imageOnly,
  missingTounicode,
  hiddenText,
  encrypted,
  fileSize,
  truncated,
  missingEmail,
  missingPhone,
  missingAddress,
  contactInHeader,
  iconsForContact,
  twoColumns,
  sidebar,
  tableLayout,
  textBoxes,
  rotatedText,
  headerFooterText,
  missingSections,
  nonstandardHeadings,
  letterSpacedHeadings,
  ligatures,
  unusualBullets,
  fontsNotEmbedded,
  images,
  pageSize,
  pageCount,
  metadata,
  length,
  keywordStuffing,
];

export const checkById = new Map(checks.map((check) => [check.id, check]));

export function runChecks(context: CheckContext): Finding[] {
  return checks.flatMap((check) => check.run(context));
}

/** Points a finding costs the format score, by severity. */
export const SEVERITY_PENALTY = { error: 30, warning: 10, info: 0 } as const;

/**
 * Format score: 100 minus, for each check that found something, the penalty of its worst finding (a check
 * counts once however many lines it flags); stuffing is a content finding and costs nothing here.
 */
export function formatScore(findings: Finding[]): number {
  const worst = new Map<string, number>();
  for (const finding of findings) {
    if (finding.checkId === "keyword-stuffing") continue;
    worst.set(finding.checkId, Math.max(worst.get(finding.checkId) ?? 0, SEVERITY_PENALTY[finding.severity]));
  }
  const penalty = [...worst.values()].reduce((sum, points) => sum + points, 0);
  return Math.max(0, 100 - penalty);
}
