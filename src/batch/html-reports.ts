import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import { formatBatchHtml } from "../format/html/batch.js";
import { formatHtml } from "../format/html/index.js";
import type { ExtractOptions } from "../extract/index.js";
import { extractDocument, scoreDocument } from "../index.js";
import { writeAtomically } from "../io/write-file.js";
import type { BatchReport, BatchRow, Posting } from "../types.js";

/** A file name for one resume × job report, readable and unique for distinct paths. */
export function reportName(file: string, job: string): string {
  // The extension stays in the name: resume.pdf and resume.md often sit side by side.
  const slug = file
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(-80);
  return `reports/${slug || "resume"}--${job}.html`;
}

/** Refuses to write into a folder that already holds other files, unless the user said --force. */
export async function prepareOutputFolder(folder: string, force: boolean): Promise<void> {
  const existing = await readdir(folder).catch(() => undefined);
  if (existing && existing.length > 0 && !force) {
    throw new UsageError(
      `-o ${folder}: the folder is not empty; pass --force to write into it (replaced files are kept as .bak)`,
    );
  }
  await mkdir(path.join(folder, "reports"), { recursive: true });
}

/**
 * Writes one HTML report per scored resume × job, then the sortable index linking to them. Each resume is
 * read again here, one at a time, so memory stays bounded however many rows the batch has.
 */
export async function writeHtmlReports(
  batch: BatchReport,
  postings: Posting[],
  folder: string,
  extract: ExtractOptions,
): Promise<{ index: string; reports: number }> {
  const written = new Set<string>();
  for (const row of batch.rows) {
    if (row.error) continue;
    try {
      const doc = await extractDocument(row.file, extract);
      for (const posting of postings) {
        const report = await scoreDocument(doc, posting);
        const name = reportName(row.file, posting.id);
        await writeAtomically(path.join(folder, name), formatHtml({ report, doc }), {
          flag: "-o",
          force: true,
          input: row.file,
        });
        written.add(`${row.file}\u0000${posting.id}`);
      }
    } catch {
      // The file changed or vanished since it was scored: its row stays, without a link.
    }
  }
  const reportOf = (row: BatchRow, job: string) =>
    written.has(`${row.file}\u0000${job}`) ? reportName(row.file, job) : undefined;
  const index = path.join(folder, "index.html");
  await writeAtomically(index, formatBatchHtml(batch, reportOf), { flag: "-o", force: true });
  return { index, reports: written.size };
}
