import type { Check, Finding } from "../types.js";

/** Below this, a resume says too little to match anything; above, recruiters skim past it. */
const MIN_WORDS = 150;
const MAX_WORDS = 1600;
const MAX_PAGES = 3;

export const length: Check = {
  id: "length",
  severity: "warning",
  description: "The resume is very short, very long, or runs past three pages.",
  why: "Too little text gives an ATS nothing to match; a long CV buries the evidence recruiters skim for.",
  fix: "Aim for one to two pages (a research CV may be longer if publications need it).",
  run({ doc, words }) {
    const findings: Finding[] = [];
    const base: Omit<Finding, "data"> = { checkId: this.id, severity: this.severity, location: { path: ["facts"] } };
    if (doc.facts.textChars === 0) return findings;
    if (words < MIN_WORDS) findings.push({ ...base, data: { problem: "too-short", words, min: MIN_WORDS } });
    if (words > MAX_WORDS)
      findings.push({ ...base, severity: "info", data: { problem: "too-long", words, max: MAX_WORDS } });
    if (doc.facts.pageCount > MAX_PAGES) {
      findings.push({
        ...base,
        severity: "info",
        data: { problem: "many-pages", pages: doc.facts.pageCount, max: MAX_PAGES },
      });
    }
    return findings;
  },
};
