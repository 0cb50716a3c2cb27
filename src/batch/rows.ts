/** Batch rows: the small, plain-data summary of a scored resume that ranking and every batch format read. */
import { AtsError, InputError } from "../errors.js";
import { missingToShow } from "../format/pretty.js";
import { SCHEMA_VERSION } from "../score/index.js";
import type {
  BatchFinding,
  BatchJobResult,
  BatchReport,
  BatchRow,
  BatchSummary,
  Document,
  Posting,
  Report,
  Scores,
} from "../types.js";
import type { SortField } from "./sort-fields.js";
import { version } from "../version.js";

/** A row keeps a few missing skills: enough for a table cell, few enough to keep rows light. */
const MISSING_KEPT = 5;

/** Places a finding in the file: its page, and the source file's own line for text input. */
function placeFinding(finding: Report["findings"][number], doc: Document): BatchFinding {
  const line = finding.location.line === undefined ? undefined : doc.lines[finding.location.line];
  const page = finding.location.page ?? line?.page;
  const sourceLine = line?.sourceLine;
  return {
    ...finding,
    fileLocation: {
      ...(page === undefined ? {} : { page }),
      ...(sourceLine === undefined ? {} : { line: sourceLine + 1 }),
    },
  };
}

export function jobResult(report: Report, posting: Posting, doc: Document): BatchJobResult {
  return {
    job: report.job.id,
    readable: report.readable,
    scores: report.scores,
    missing: missingToShow(report, posting)
      .slice(0, MISSING_KEPT)
      .map((item) => item.label),
    findings: report.findings.map((finding) => placeFinding(finding, doc)),
  };
}

/** The row of a resume scored against each posting (reports in posting order). */
export function scoredRow(file: string, doc: Document, reports: Report[], postings: Posting[]): BatchRow {
  const results = reports.map((report, index) => jobResult(report, postings[index], doc));
  const best = results.reduce<BatchJobResult | undefined>(
    (top, result) => (top === undefined || result.scores.overall > top.scores.overall ? result : top),
    undefined,
  );
  return {
    file,
    format: doc.source.format,
    pages: reports[0]?.resume.pages ?? doc.facts.pageCount,
    words: reports[0]?.resume.words ?? 0,
    results,
    best: best?.job,
  };
}

/** The row of a file that could not be scored; the message names the problem, the row names the file. */
export function errorRow(file: string, error: unknown): BatchRow {
  if (error instanceof InputError) {
    const prefix = `${error.file}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return { file, error: { code: error.code, message }, results: [] };
  }
  if (error instanceof AtsError) return { file, error: { code: error.code, message: error.message }, results: [] };
  const message = error instanceof Error ? error.message : String(error);
  return { file, error: { code: "unexpected", message: `unexpected error: ${message}` }, results: [] };
}

/** The result a row is ranked by: its best-fitting job. */
export const bestResult = (row: BatchRow): BatchJobResult | undefined =>
  row.results.find((result) => result.job === row.best);

/** Ranks by a score (highest first) or by file name; rows that could not be scored come last. */
export function compareRows(field: SortField): (a: BatchRow, b: BatchRow) => number {
  const byFile = (a: BatchRow, b: BatchRow) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  if (field === "file") return byFile;
  const score = (row: BatchRow) => {
    const scores: Scores | undefined = bestResult(row)?.scores;
    return scores ? scores[field] : -1;
  };
  return (a, b) => score(b) - score(a) || byFile(a, b);
}

/** Resume × job pairs below the threshold. */
export const belowMinScore = (row: BatchRow, minScore: number | undefined): BatchJobResult[] =>
  minScore === undefined ? [] : row.results.filter((result) => result.scores.overall < minScore);

export const emptySummary = (): BatchSummary => ({
  files: 0,
  scored: 0,
  failed: 0,
  belowMinScore: 0,
  interrupted: false,
});

/** Adds a row to the running summary (rows may be dropped afterwards by --top; the counts stay whole). */
export function countRow(summary: BatchSummary, row: BatchRow, minScore: number | undefined): void {
  summary.files++;
  if (row.error) summary.failed++;
  else summary.scored++;
  summary.belowMinScore += belowMinScore(row, minScore).length;
}

export function batchReport(
  postings: Posting[],
  rows: BatchRow[],
  summary: BatchSummary,
  minScore: number | undefined,
): BatchReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "ats-score", version },
    jobs: postings.map((posting) => ({ id: posting.id, title: posting.title, company: posting.company })),
    ...(minScore === undefined ? {} : { minScore }),
    summary,
    rows,
  };
}

/** One scored resume as a batch of one, so the CI formats read the same shape for `score` and `batch`. */
export function reportAsBatch(report: Report, posting: Posting, doc: Document, minScore: number | undefined) {
  return rowAsBatch(scoredRow(report.resume.path, doc, [report], [posting]), posting, minScore);
}

/** One row as a batch of one: a scored resume, or one that could not be read (`errorRow`). */
export function rowAsBatch(row: BatchRow, posting: Posting, minScore: number | undefined): BatchReport {
  const summary = emptySummary();
  countRow(summary, row, minScore);
  return batchReport([posting], [row], summary, minScore);
}

/** Keeps the rows a ranked output needs: all of them, or with --top n only the best n, trimmed as rows come. */
export class RankedRows {
  private kept: BatchRow[] = [];
  private readonly compare: (a: BatchRow, b: BatchRow) => number;

  constructor(
    field: SortField,
    private readonly top?: number,
  ) {
    this.compare = compareRows(field);
  }

  add(row: BatchRow): void {
    this.kept.push(row);
    // Trimming at twice the limit keeps memory at O(top) while sorting only now and then.
    if (this.top !== undefined && this.kept.length >= 2 * this.top) this.kept = this.ranked();
  }

  ranked(): BatchRow[] {
    const sorted = this.kept.sort(this.compare);
    return this.top === undefined ? sorted : sorted.slice(0, this.top);
  }
}
