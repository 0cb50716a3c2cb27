import type { Check, Finding, HiddenReason, Line } from "../types.js";

const sample = (lines: Line[]) => {
  const text = lines.map((line) => line.text).join(" ");
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

export const hiddenText: Check = {
  id: "hidden-text",
  severity: "error",
  description: "Text a reader cannot see: white on white, invisible, under 4 pt or off the page.",
  why: "An ATS reads hidden text and recruiters treat it as keyword stuffing; ats-score does not count it.",
  fix: "Delete the hidden text; put real skills in visible experience bullets.",
  run({ doc }) {
    const byReason = new Map<HiddenReason, Line[]>();
    for (const line of doc.lines) {
      if (!line.hidden || !line.hiddenReason) continue;
      byReason.set(line.hiddenReason, [...(byReason.get(line.hiddenReason) ?? []), line]);
    }
    const findings: Finding[] = [];
    for (const [reason, lines] of byReason) {
      findings.push({
        checkId: this.id,
        severity: this.severity,
        data: {
          reason,
          lines: lines.length,
          words: lines.reduce((sum, line) => sum + line.text.split(/\s+/).filter(Boolean).length, 0),
          sample: sample(lines),
        },
        location: { line: lines[0].index, page: lines[0].page },
      });
    }
    return findings;
  },
};
