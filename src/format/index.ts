/**
 * The format registry: each output format by name, as pure functions from data to text. A format that renders
 * one scored resume serves `ats-score <resume>`; one that renders a batch serves `ats-score batch`.
 */
import { errorRow, reportAsBatch, rowAsBatch } from "../batch/rows.js";
import type { TailorPlan } from "../tailor/types.js";
import type { BatchReport, Document, Posting, Report } from "../types.js";
import { formatBatchJson, formatJsonl } from "./batch-json.js";
import { formatCsv } from "./csv.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html/index.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatPretty } from "./pretty.js";
import { formatSarif } from "./sarif.js";
import type { FormatName } from "./names.js";
import { formatTable } from "./table.js";

export { batchFormats, reportFormats, type FormatName } from "./names.js";

export interface FormatOptions {
  color: boolean;
  /** Terminal width. */
  width: number;
  verbose: boolean;
  minScore?: number;
}

/** What a single-resume format may read besides the report. */
export interface ReportInput {
  posting: Posting;
  doc: Document;
  /** The tailoring plan, for formats that show it (html). */
  plan?: TailorPlan;
}

export interface Formatter {
  report?: (report: Report, input: ReportInput, options: FormatOptions) => string;
  batch?: (batch: BatchReport, options: FormatOptions) => string;
  /**
   * A single resume that could not be read, for formats a CI dashboard reads (SARIF, JUnit, GitHub): the
   * pipeline gets its failing result, not an empty file. The command still exits 2 with its one-line error.
   */
  unreadable?: (file: string, error: unknown, posting: Posting, options: FormatOptions) => string;
}

/** A CI format renders a single resume as a batch of one, so `score` and `batch` give the same output. */
const ciFormat = (render: (batch: BatchReport) => string): Formatter => ({
  report: (report, { posting, doc }, { minScore }) => render(reportAsBatch(report, posting, doc, minScore)),
  batch: render,
  unreadable: (file, error, posting, { minScore }) => render(rowAsBatch(errorRow(file, error), posting, minScore)),
});

/** The renderers of every format in names.ts; test/format-registry.test.ts keeps the two in step. */
export const formatters: Record<FormatName, Formatter> = {
  pretty: { report: (report, { posting }, options) => formatPretty(report, posting, options) },
  table: { batch: formatTable },
  html: { report: (report, { doc, plan }) => formatHtml({ report, doc, plan }) },
  json: { report: (report) => formatJson(report), batch: formatBatchJson },
  jsonl: { batch: formatJsonl },
  csv: { batch: formatCsv },
  sarif: ciFormat(formatSarif),
  junit: ciFormat(formatJunit),
  github: ciFormat(formatGithub),
};

export function reportFormatter(name: FormatName): NonNullable<Formatter["report"]> {
  const render = formatters[name].report;
  if (!render) throw new Error(`format ${name} renders batches only`);
  return render;
}

export function batchFormatter(name: FormatName): NonNullable<Formatter["batch"]> {
  const render = formatters[name].batch;
  if (!render) throw new Error(`format ${name} renders single reports only`);
  return render;
}
