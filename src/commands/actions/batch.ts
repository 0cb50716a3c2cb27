import { RESUME_EXTENSIONS } from "../../batch/discover.js";
import { ProgressBar } from "../../batch/progress.js";
import { RankedRows, batchReport, countRow, emptySummary } from "../../batch/rows.js";
import type { SortField } from "../../batch/sort-fields.js";
import { prepareOutputFolder, writeHtmlReports } from "../../batch/html-reports.js";
import { tuneV8ForWorkers } from "../../batch/pool.js";
import { scoreBatch } from "../../batch/run.js";
import { UsageError } from "../../errors.js";
import { jsonLine } from "../../format/batch-json.js";
import { batchFormatter, type FormatName } from "../../format/index.js";
import { loadPosting } from "../../index.js";
import type { BatchSummary } from "../../types.js";
import { EXIT, outputWidth, postingDirs, useColor, type CliIo } from "../shared.js";

/** The shell's convention for a run stopped by Ctrl-C (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;

export interface BatchFlags {
  job?: string[];
  format: FormatName;
  top?: number;
  sort: SortField;
  minScore?: number;
  color: boolean;
  postingsDir?: string[];
  maxFileSize: number;
  maxPages: number;
  timeout: number;
  workers: number;
  output?: string;
  force?: boolean;
}

function summaryLine(summary: BatchSummary, minScore: number | undefined, seconds: number): string {
  const rate = summary.files / Math.max(seconds, 0.001);
  const parts = [
    `${summary.scored} of ${summary.files} resumes scored in ${seconds.toFixed(1)} s (${rate.toFixed(1)}/s)`,
  ];
  if (summary.failed > 0) parts.push(`${summary.failed} could not be read (see their rows)`);
  if (minScore !== undefined) parts.push(`${summary.belowMinScore} below --min-score ${minScore}`);
  if (summary.interrupted) parts.push("interrupted: the results are partial");
  return `${parts.join("; ")}\n`;
}

function exitCode(summary: BatchSummary): number {
  if (summary.interrupted) return EXIT_INTERRUPTED;
  if (summary.scored === 0) return EXIT.error;
  return summary.failed > 0 || summary.belowMinScore > 0 ? EXIT.belowThreshold : EXIT.ok;
}

export async function batchCommand(inputs: string[], flags: BatchFlags, io: CliIo): Promise<number> {
  if (!flags.job) throw new UsageError("missing --job <id|file.yaml>; repeat it to score against several jobs");
  const dirs = postingDirs(flags, io);
  const loaded = flags.job.map((job) => loadPosting(job, { dirs }));
  const postings = [...new Map(loaded.map((posting) => [posting.id, posting])).values()];
  // HTML writes a folder (an index and one report per resume), so it is not a stdout formatter.
  const html = flags.format === "html";
  if (html && !flags.output) throw new UsageError("--format html writes a folder: add -o <folder>");
  if (html) await prepareOutputFolder(flags.output!, Boolean(flags.force));
  const render = html ? undefined : batchFormatter(flags.format);
  // JSON Lines stream in input order as files finish; a ranked cut (--top) must wait for every row.
  const streaming = flags.format === "jsonl" && flags.top === undefined;
  const kept = new RankedRows(flags.sort, flags.top);
  const summary = emptySummary();
  const progress = new ProgressBar(io.stderr, io.stderrIsTTY);
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once("SIGINT", interrupt);
  const started = performance.now();
  tuneV8ForWorkers();
  try {
    const rows = scoreBatch({
      inputs,
      postings,
      extract: { maxFileBytes: flags.maxFileSize * 1024 * 1024, maxPages: flags.maxPages },
      timeoutMs: flags.timeout * 1000,
      workers: flags.workers,
      signal: controller.signal,
      onDiscovered: (count) => progress.discovered(count),
    });
    for await (const row of rows) {
      countRow(summary, row, flags.minScore);
      progress.finished(row.error !== undefined);
      if (streaming) io.stdout(jsonLine(row));
      else kept.add(row);
    }
  } finally {
    process.removeListener("SIGINT", interrupt);
    progress.clear();
  }
  summary.interrupted = controller.signal.aborted;
  if (summary.files === 0 && !summary.interrupted) {
    throw new UsageError(`no resumes found in ${inputs.join(" ")} (looked for ${RESUME_EXTENSIONS.join(", ")})`);
  }
  if (!streaming) {
    const batch = batchReport(postings, kept.ranked(), summary, flags.minScore);
    // Without a terminal (a pipe, a CI log) nothing forces short lines, so paths stay whole.
    const width = outputWidth(io, 160);
    const options = { color: useColor(flags, io), width, verbose: false, minScore: flags.minScore };
    if (render) io.stdout(render(batch, options));
    else {
      const extract = { maxFileBytes: flags.maxFileSize * 1024 * 1024, maxPages: flags.maxPages };
      const { index, reports } = await writeHtmlReports(batch, postings, flags.output!, extract);
      io.stderr(`wrote ${index} and ${reports} report${reports === 1 ? "" : "s"}\n`);
    }
  }
  io.stderr(summaryLine(summary, flags.minScore, (performance.now() - started) / 1000));
  return exitCode(summary);
}
