/** The batch table for people: ranked rows, numbers aligned, cut to the terminal's width. */
import { Chalk, type ChalkInstance } from "chalk";
import path from "node:path";
import { bestResult } from "../batch/rows.js";
import type { BatchReport, BatchRow } from "../types.js";

export interface TableOptions {
  color: boolean;
  /** Terminal width; the file and missing-skills columns shrink to fit. */
  width: number;
}

interface Column {
  title: string;
  cell: (row: BatchRow) => string;
  /** Right-aligned numbers are coloured by value. */
  score?: boolean;
}

const MIN_FILE = 16;
const MIN_MISSING = 20;

/** Cuts from the left, where paths share their folders, so the file name stays readable. */
const cutLeft = (text: string, width: number) =>
  text.length > width ? `…${text.slice(text.length - width + 1)}` : text;
const cutRight = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** The folder every file shares (with its trailing separator), shown once instead of on every row. */
function commonFolder(files: string[]): string {
  if (files.length === 0) return "";
  let prefix = files[0].slice(0, files[0].lastIndexOf(path.sep) + 1);
  for (const file of files)
    while (prefix && !file.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf(path.sep) + 1);
  return prefix;
}

const paint = (chalk: ChalkInstance, text: string, value: number) =>
  value >= 75 ? chalk.green(text) : value >= 50 ? chalk.yellow(text) : chalk.red(text);

export function formatTable(batch: BatchReport, options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const matrix = batch.jobs.length > 1;
  const score = (row: BatchRow, job: string | undefined, field: "overall" | "keywords" | "skills" | "format") => {
    const result = job === undefined ? bestResult(row) : row.results.find((item) => item.job === job);
    return result ? String(result.scores[field]) : "";
  };
  const numbers: Column[] = matrix
    ? [
        { title: "BEST JOB", cell: (row) => row.best ?? "" },
        ...batch.jobs.map((job) => ({
          title: job.id,
          cell: (row: BatchRow) => score(row, job.id, "overall"),
          score: true,
        })),
      ]
    : (["overall", "keywords", "skills", "format"] as const).map((field) => ({
        title: field.toUpperCase(),
        cell: (row: BatchRow) => score(row, undefined, field),
        score: true,
      }));
  const widthOf = (column: Column) =>
    Math.max(column.title.length, ...batch.rows.map((row) => column.cell(row).length));
  const rankWidth = Math.max(4, String(batch.rows.length).length);
  const numberWidths = numbers.map(widthOf);
  const fixed = rankWidth + numberWidths.reduce((sum, width) => sum + width + 2, 0) + 4;
  const folder = commonFolder(batch.rows.map((row) => row.file));
  const shown = (row: BatchRow) => row.file.slice(folder.length);
  const longestFile = Math.max(4, ...batch.rows.map((row) => shown(row).length));
  // The file column takes at most a little over half of what the numbers leave; the missing skills get the rest.
  const fileWidth = Math.max(MIN_FILE, Math.min(longestFile, Math.floor((options.width - fixed) * 0.55)));
  const missingWidth = Math.max(MIN_MISSING, options.width - fixed - fileWidth);

  const header = [
    "RANK".padStart(rankWidth),
    "FILE".padEnd(fileWidth),
    ...numbers.map((column, index) =>
      column.score ? column.title.padStart(numberWidths[index]) : column.title.padEnd(numberWidths[index]),
    ),
    matrix ? "TOP MISSING SKILLS (BEST JOB)" : "TOP MISSING SKILLS",
  ];
  const lines = [chalk.bold(header.join("  "))];
  let rank = 0;
  for (const row of batch.rows) {
    const file = cutLeft(shown(row), fileWidth).padEnd(fileWidth);
    if (row.error) {
      const problem = cutRight(row.error.message, Math.max(MIN_MISSING, options.width - rankWidth - fileWidth - 6));
      lines.push(`${"-".padStart(rankWidth)}  ${file}  ${chalk.red(`✘ ${problem}`)}`);
      continue;
    }
    rank++;
    const cells = numbers.map((column, index) => {
      const text = column.cell(row);
      if (!column.score) return text.padEnd(numberWidths[index]);
      return text === ""
        ? " ".repeat(numberWidths[index])
        : paint(chalk, text.padStart(numberWidths[index]), Number(text));
    });
    const missing = bestResult(row)?.missing ?? [];
    const gaps = missing.length === 0 ? chalk.dim("none") : cutRight(missing.slice(0, 3).join("; "), missingWidth);
    lines.push([String(rank).padStart(rankWidth), file, ...cells, gaps].join("  "));
  }
  if (batch.rows.length === 0) lines.push(chalk.dim("  no resumes were scored"));
  if (folder) lines.push(chalk.dim(`files in ${folder}`));
  return `${lines.join("\n")}\n`;
}
