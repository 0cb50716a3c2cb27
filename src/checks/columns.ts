import type { Check, Document, Finding, PageLayout } from "../types.js";

/** What a parser reading straight across the page makes of the first rows where both columns have text. */
function naiveRows(doc: Document, page: number, examples = 2): string[] {
  const lines = doc.lines.filter((line) => line.page === page && !line.hidden);
  const rows: string[] = [];
  for (const left of lines.filter((line) => line.column === 1)) {
    const right = lines.find((line) => line.column === 2 && Math.abs(line.y - left.y) < Math.max(left.height, 4) * 0.6);
    if (right) rows.push(`${left.text} ${right.text}`);
    if (rows.length >= examples) break;
  }
  return rows;
}

/** One check per layout kind, sharing the finding's shape. */
function columnCheck(
  kind: Exclude<PageLayout["kind"], "single">,
  description: string,
  why: string,
  fix: string,
): Check {
  return {
    id: kind,
    severity: "warning",
    description,
    why,
    fix,
    run({ doc }) {
      const findings: Finding[] = [];
      for (const page of doc.pages) {
        if (page.layout?.kind !== kind) continue;
        const [first, second] = page.layout.columns;
        findings.push({
          checkId: kind,
          severity: "warning",
          data: {
            page: page.number,
            gutter: Math.round(second.x),
            widths: [`${Math.round(first.width)}`, `${Math.round(second.width)}`],
            naive: naiveRows(doc, page.number),
          },
          location: { page: page.number },
        });
      }
      return findings;
    },
  };
}

export const twoColumns = columnCheck(
  "two-columns",
  "A page is laid out in two columns of text.",
  "Parsers that read straight across the page mix the two columns line by line, scrambling jobs, dates and skills.",
  "Use one column; put secondary details (skills, languages) in sections below the experience.",
);

export const sidebar = columnCheck(
  "sidebar",
  "A page has a narrow sidebar beside the main column.",
  "Sidebar lines get merged into the main text by many parsers, and some skip the sidebar (often contact and skills).",
  "Move the sidebar's contents into normal sections of a single column.",
);
