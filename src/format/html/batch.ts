import type { BatchReport, BatchRow } from "../../types.js";
import { escapeHtml as e } from "./escape.js";
import { STYLE } from "./style.js";

/** Sorts the ranking table by a clicked column, keeping the header buttons' aria-sort in step. */
const SORT_SCRIPT = `
document.querySelectorAll('th button[data-column]').forEach(function (button) {
  button.addEventListener('click', function () {
    var table = button.closest('table'), body = table.tBodies[0];
    var column = Number(button.dataset.column), header = button.closest('th');
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
      var nx = Number(x), ny = Number(y);
      var order = !isNaN(nx) && !isNaN(ny) && x !== '' && y !== '' ? nx - ny : String(x).localeCompare(String(y));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
`;

const TABLE_STYLE = `
table.ranking { border-collapse: collapse; width: 100%; background: #fff; }
table.ranking th, table.ranking td { padding: 6px 10px; border-bottom: 1px solid #e5e5e5; text-align: left; }
table.ranking td.number { text-align: right; font-variant-numeric: tabular-nums; }
table.ranking td:nth-child(3) { white-space: nowrap; }
table.ranking th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; }
table.ranking th[aria-sort="ascending"] button::after { content: " ▲"; }
table.ranking th[aria-sort="descending"] button::after { content: " ▼"; }
.error { color: #a13f00; }
`;

const COLUMNS = [
  "Rank",
  "Resume",
  "Job",
  "Overall",
  "Keywords",
  "Skills",
  "Requirements",
  "Format",
  "Top missing skills",
];
const NUMERIC = new Set([0, 3, 4, 5, 6, 7]);

function rowCells(row: BatchRow, rank: number, reportOf: (row: BatchRow, job: string) => string | undefined): string[] {
  if (row.error) {
    return [
      `<tr><td class="number" data-value="${rank}">${rank}</td><td data-value="${e(row.file)}">${e(row.file)}</td><td data-value="">—</td>` +
        `${[3, 4, 5, 6, 7].map(() => '<td class="number" data-value="-1">—</td>').join("")}<td class="error" data-value="${e(row.error.code)}">${e(row.error.message)}</td></tr>`,
    ];
  }
  return row.results.map((result) => {
    const report = reportOf(row, result.job);
    const name = report ? `<a href="${e(report)}">${e(row.file)}</a>` : e(row.file);
    const scores = [
      result.scores.overall,
      result.scores.keywords,
      result.scores.skills,
      result.scores.requirements,
      result.scores.format,
    ];
    return (
      `<tr><td class="number" data-value="${rank}">${rank}</td><td data-value="${e(row.file)}">${name}</td><td data-value="${e(result.job)}">${e(result.job)}${row.best === result.job && row.results.length > 1 ? " <small>(best fit)</small>" : ""}</td>` +
      scores.map((score) => `<td class="number" data-value="${score}">${score}</td>`).join("") +
      `<td data-value="${e(result.missing.join(", "))}">${e(result.missing.slice(0, 4).join(", "))}</td></tr>`
    );
  });
}

/**
 * The batch index: a sortable ranking table (click a header; keyboard users press Enter on it) linking each
 * resume to its own report. `reportOf` names the report file for a resume and job, if one was written.
 */
export function formatBatchHtml(
  batch: BatchReport,
  reportOf: (row: BatchRow, job: string) => string | undefined,
): string {
  const header = COLUMNS.map(
    (name, index) =>
      `<th scope="col"${index === 0 ? ' aria-sort="ascending"' : ""}><button type="button" data-column="${index}"${NUMERIC.has(index) ? ' data-numeric=""' : ""}>${e(name)}</button></th>`,
  ).join("");
  const body = batch.rows.flatMap((row, index) => rowCells(row, index + 1, reportOf)).join("\n");
  const jobs = batch.jobs.map((job) => `${job.title} · ${job.company}`).join("; ");
  const { summary } = batch;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`ats-score batch: ${summary.files} resumes`)}</title>
<style>${STYLE}${TABLE_STYLE}</style>
</head>
<body>
<header><h1>${summary.scored} of ${summary.files} resumes ranked</h1><p>${e(jobs)}${batch.minScore !== undefined ? ` · minimum score ${batch.minScore}` : ""}${summary.interrupted ? " · interrupted: partial results" : ""}</p></header>
<main style="display:block">
<table class="ranking"><caption class="skip">Resumes ranked by overall score; select a column header to sort</caption>
<thead><tr>${header}</tr></thead>
<tbody>
${body}
</tbody></table>
</main>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
