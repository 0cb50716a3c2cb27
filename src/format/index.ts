/**
 * The format registry: each output format by name, as pure functions from data to text. A format that renders
 * one scored resume serves `ats-score <resume>`; one that renders a batch serves `ats-score batch`.
 */
import { reportAsBatch } from "../batch/rows.js";
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
import { formatTable } from "./table.js";

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
  /** One line for --help. */
  description: string;
  report?: (report: Report, input: ReportInput, options: FormatOptions) => string;
  batch?: (batch: BatchReport, options: FormatOptions) => string;
}

/** A CI format renders a single resume as a batch of one, so `score` and `batch` give the same output. */
const ciFormat = (description: string, render: (batch: BatchReport) => string): Formatter => ({
  description,
  report: (report, { posting, doc }, { minScore }) => render(reportAsBatch(report, posting, doc, minScore)),
  batch: render,
});

export const formatters = {
  pretty: {
    description: "the coloured report for people",
    report: (report, { posting }, options) => formatPretty(report, posting, options),
  },
  table: { description: "a ranked table for people", batch: formatTable },
  html: {
    description: "a self-contained HTML report: the pages as the ATS reads them, with overlays",
    report: (report, { doc, plan }) => formatHtml({ report, doc, plan }),
  },
  json: {
    description: "one versioned JSON object (schemas/report.schema.json)",
    report: (report) => formatJson(report),
    batch: formatBatchJson,
  },
  jsonl: { description: "one JSON row per resume, printed as each finishes", batch: formatJsonl },
  csv: { description: "one line per resume and job, for spreadsheets", batch: formatCsv },
  sarif: ciFormat("SARIF 2.1.0 for code-scanning dashboards", formatSarif),
  junit: ciFormat("JUnit XML test results: a failing testcase per resume below --min-score", formatJunit),
  github: ciFormat("GitHub Actions annotations (::error file=…::)", formatGithub),
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

const names = Object.keys(formatters) as FormatName[];
const registry: Record<FormatName, Formatter> = formatters;
/** Formats the single-resume command accepts, in the order --help lists them. */
export const reportFormats = names.filter((name) => registry[name].report);
export const batchFormats = names.filter((name) => registry[name].batch);

export function reportFormatter(name: FormatName): NonNullable<Formatter["report"]> {
  const render = registry[name].report;
  if (!render) throw new Error(`format ${name} renders batches only`);
  return render;
}

export function batchFormatter(name: FormatName): NonNullable<Formatter["batch"]> {
  const render = registry[name].batch;
  if (!render) throw new Error(`format ${name} renders single reports only`);
  return render;
}
