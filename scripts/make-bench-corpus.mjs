/**
 * Makes a folder of N resumes for the batch benchmark: copies of the real PDFs in ../shared/data/resumes when
 * present, else of the bundled fixture PDFs, cycled until there are N. Written to the system's temp folder
 * (never into the repository) and reused when it already holds N files.
 *
 *   node scripts/make-bench-corpus.mjs [count] [folder]   prints the folder
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const sharedResumes = path.resolve(root, "../shared/data/resumes");

/** Every PDF under `folder`, in name order. */
export function pdfsUnder(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".pdf"))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** The PDFs the benchmark reads: the real resumes, or the fixtures when the shared data is absent. */
export function sourceResumes() {
  if (existsSync(sharedResumes)) return { label: "../shared/data/resumes", files: pdfsUnder(sharedResumes) };
  const fixtures = path.join(root, "fixtures/resumes");
  return { label: "fixtures/resumes (../shared/data is absent)", files: pdfsUnder(fixtures) };
}

export function makeCorpus(count, folder = path.join(os.tmpdir(), `ats-score-bench-${count}`)) {
  mkdirSync(folder, { recursive: true });
  if (readdirSync(folder).length === count) return folder;
  const { files } = sourceResumes();
  for (let index = 0; index < count; index++) {
    copyFileSync(files[index % files.length], path.join(folder, `resume-${String(index).padStart(5, "0")}.pdf`));
  }
  return folder;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 1000);
  console.log(makeCorpus(count, process.argv[3]));
}
