import { lstat, mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import { formatBatchHtml } from "../format/html/batch.js";
import { formatHtml } from "../format/html/index.js";
import type { ExtractOptions } from "../extract/index.js";
import { extractDocument, scoreDocument } from "../index.js";
import { inputFiles, writeAtomically } from "../io/write-file.js";
import type { BatchReport, BatchRow, Posting } from "../types.js";

const slugOf = (file: string) =>
  file
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(-80) || "resume";

/**
 * A file name for each resume's reports, readable and unique within the run: paths that differ only in
 * punctuation or case ("a b.md", "a-b.md", "A_b.md") get -2, -3... in path order, so no report replaces
 * another, on case-insensitive file systems too. The extension stays in the name: resume.pdf and resume.md
 * often sit side by side.
 */
export function reportNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of [...new Set(files)].sort()) {
    const slug = slugOf(file);
    let name = slug;
    for (let copy = 2; taken.has(name.toLowerCase()); copy++) name = `${slug}-${copy}`;
    taken.add(name.toLowerCase());
    names.set(file, name);
  }
  return names;
}

const reportPath = (name: string, job: string) => `reports/${name}--${job}.html`;

/**
 * Refuses to write into a folder that already holds other files, unless the user said --force, and into a
 * reports folder that is a link (the reports would land wherever it points).
 */
export async function prepareOutputFolder(folder: string, force: boolean): Promise<void> {
  const existing = await readdir(folder).catch(() => undefined);
  if (existing && existing.length > 0 && !force) {
    throw new UsageError(
      `-o ${folder}: the folder is not empty; pass --force to write into it (replaced files are kept as .bak)`,
    );
  }
  const reports = path.join(folder, "reports");
  const entry = await lstat(reports).catch(() => undefined);
  if (entry && !entry.isDirectory())
    throw new UsageError(
      `-o ${folder}: ${reports} is ${entry.isSymbolicLink() ? "a symbolic link" : "not a folder"}; ats-score does not write through links`,
    );
  await mkdir(reports, { recursive: true });
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
  const names = reportNames(batch.rows.map((row) => row.file));
  const inputs = await inputFiles([...names.keys()]);
  for (const row of batch.rows) {
    if (row.error) continue;
    try {
      const doc = await extractDocument(row.file, extract);
      for (const posting of postings) {
        const report = await scoreDocument(doc, posting);
        await writeAtomically(
          path.join(folder, reportPath(names.get(row.file)!, posting.id)),
          formatHtml({ report, doc }),
          {
            flag: "-o",
            force: true,
            inputs,
          },
        );
        written.add(`${row.file}\u0000${posting.id}`);
      }
    } catch (error) {
      // A refusal (the report would land on an input or through a link) stops the run; a file that changed
      // or vanished since it was scored keeps its row, without a link.
      if (error instanceof UsageError) throw error;
    }
  }
  const reportOf = (row: BatchRow, job: string) =>
    written.has(`${row.file}\u0000${job}`) ? reportPath(names.get(row.file)!, job) : undefined;
  const index = path.join(folder, "index.html");
  await writeAtomically(index, formatBatchHtml(batch, reportOf), { flag: "-o", force: true, inputs });
  return { index, reports: written.size };
}
