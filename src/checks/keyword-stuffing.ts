import type { Check } from "../types.js";

export const keywordStuffing: Check = {
  id: "keyword-stuffing",
  severity: "warning",
  description: "A block lists many of the posting's terms that nothing else in the resume supports.",
  why: "Recruiters read a pasted keyword list as gaming the ATS; ats-score gives such a block almost no credit.",
  fix: "Remove the keyword block; show each skill you really have in an experience or project bullet.",
  run({ matchFindings }) {
    return matchFindings.filter((finding) => finding.checkId === this.id);
  },
};
