/**
 * Render every fixtures/resumes/<scenario>/resume.md to resume.pdf beside it.
 *
 * Usage: node scripts/make-fixtures.mjs   (or: npm run fixtures)
 * Output is deterministic, so re-running only changes a PDF when its markdown or the renderer changed.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument } from "pdf-lib";
import { renderResumePdf } from "./lib/render-resume.mjs";

// Resolve from the script's location so it works from any working directory.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const resumesDir = path.join(root, "fixtures", "resumes");
const MAX_PAGES = 2;

const scenarios = (await readdir(resumesDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

for (const scenario of scenarios) {
  const mdPath = path.join(resumesDir, scenario, "resume.md");
  let markdown;
  try {
    markdown = await readFile(mdPath, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") continue; // scenario without a markdown source (e.g. hand-made PDF)
    throw error;
  }

  const pdf = await renderResumePdf(markdown);
  const pdfPath = path.join(resumesDir, scenario, "resume.pdf");
  await writeFile(pdfPath, pdf);

  const pages = (await PDFDocument.load(pdf)).getPageCount();
  const warning = pages > MAX_PAGES ? `  WARNING: more than ${MAX_PAGES} pages` : "";
  console.log(
    `wrote ${path.relative(root, pdfPath)} (${pages} page${pages === 1 ? "" : "s"}, ${pdf.length} bytes)${warning}`,
  );
}
