/** CSV (RFC 4180) for spreadsheets: one line per resume × job, in rank order. */
import type { BatchReport } from "../types.js";

const HEADER = [
  "rank",
  "file",
  "job",
  "best",
  "overall",
  "keywords",
  "skills",
  "requirements",
  "format",
  "pages",
  "words",
  "missing",
  "error",
] as const;
type Column = (typeof HEADER)[number];

/**
 * Quotes a field when it holds a comma, quote or line break. A text starting with = + - @ is prefixed with
 * an apostrophe so a spreadsheet shows it instead of running it as a formula (CSV injection).
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(batch: BatchReport): string {
  const line = (values: Partial<Record<Column, string | number | boolean>>) =>
    HEADER.map((column) => csvField(values[column])).join(",");
  const lines = [HEADER.join(",")];
  let rank = 0;
  for (const row of batch.rows) {
    if (row.error) {
      lines.push(line({ file: row.file, error: row.error.message }));
      continue;
    }
    rank++;
    for (const result of row.results) {
      const { pages, words } = row;
      const best = result.job === row.best;
      const missing = result.missing.join("; ");
      lines.push(line({ rank, file: row.file, job: result.job, best, ...result.scores, pages, words, missing }));
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
