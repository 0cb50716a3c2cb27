/**
 * The output formats by name and what each renders, without the renderers (src/format/index.ts), so that
 * --help and option parsing do not load them.
 */
export const formatCatalogue = {
  pretty: { description: "the coloured report for people", renders: ["report"] },
  table: { description: "a ranked table for people", renders: ["batch"] },
  html: {
    description: "a self-contained HTML report: the pages as the ATS reads them, with overlays",
    renders: ["report"],
  },
  json: { description: "one versioned JSON object (schemas/report.schema.json)", renders: ["report", "batch"] },
  jsonl: { description: "one JSON row per resume, printed as each finishes", renders: ["batch"] },
  csv: { description: "one line per resume and job, for spreadsheets", renders: ["batch"] },
  sarif: { description: "SARIF 2.1.0 for code-scanning dashboards", renders: ["report", "batch"] },
  junit: {
    description: "JUnit XML test results: a failing testcase per resume below --min-score",
    renders: ["report", "batch"],
  },
  github: { description: "GitHub Actions annotations (::error file=…::)", renders: ["report", "batch"] },
} as const satisfies Record<string, { description: string; renders: readonly ("report" | "batch")[] }>;

export type FormatName = keyof typeof formatCatalogue;

const names = Object.keys(formatCatalogue) as FormatName[];
const renders = (name: FormatName, kind: "report" | "batch") =>
  (formatCatalogue[name].renders as readonly string[]).includes(kind);
/** Formats the single-resume command accepts, in the order --help lists them. */
export const reportFormats = names.filter((name) => renders(name, "report"));
export const batchFormats = names.filter((name) => renders(name, "batch"));
