import type { Check, Finding, Line } from "../types.js";

export const tableLayout: Check = {
  id: "table-layout",
  severity: "warning",
  description: "Content is laid out in a table (ruled cells, a Word table, or text aligned in a grid).",
  why: "Many parsers read tables cell by cell or skip them; multi-line cells come out interleaved.",
  fix: "Write the table's contents as plain lines or bullets (e.g. 'Skills: Python, SQL, Spark').",
  run({ doc }) {
    const byPage = new Map<number, Line[]>();
    for (const line of doc.lines)
      if (line.table && !line.hidden) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
    const findings: Finding[] = [];
    for (const [page, lines] of byPage) {
      const kind = lines.some((line) => line.table === "docx")
        ? "docx"
        : lines.some((line) => line.table === "ruled")
          ? "ruled"
          : "aligned";
      findings.push({
        checkId: this.id,
        // Text merely aligned in a grid reads across correctly; drawn and Word tables are what parsers trip on.
        severity: kind === "aligned" ? "info" : this.severity,
        data: { page, rows: lines.length, kind, sample: lines[0].text.slice(0, 80) },
        location: { line: lines[0].index, page },
      });
    }
    return findings;
  },
};
