/**
 * Runs extraction and every check over the real resumes in ../shared/data/resumes (LiveCareer samples and
 * template renders) and prints the share of files with each finding: the false-alarm survey of the format
 * checks. Not part of npm test (it reads ~200 files); run `npm run survey` (it builds first).
 *
 * Usage: node scripts/format-survey.mjs [folder] [--list]   --list also names every flagged file
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const folder = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? path.join(root, "../shared/data/resumes"));
const listFiles = args.includes("--list");
/** A file taking longer than this is reported as a hang (the survey goes on). */
const TIMEOUT_MS = 30_000;

if (!existsSync(folder)) {
  console.log(`skipped: ${folder} is absent (the shared data set is not on this machine)`);
  process.exit(0);
}

const { extractDocument, checks, loadPosting } = await import(path.join(root, "dist/index.js"));
const posting = loadPosting("netflix-ml-intern");

function pdfsUnder(directory) {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const file = path.join(directory, name);
      if (statSync(file).isDirectory()) return pdfsUnder(file);
      return name.toLowerCase().endsWith(".pdf") ? [file] : [];
    });
}

const withTimeout = (promise) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS))]);

/** The checks without the matcher: keyword-stuffing needs it and is not a format check. */
function runChecks(doc) {
  const words = doc.lines.filter((line) => !line.hidden).reduce((sum, line) => sum + line.text.split(/\s+/).length, 0);
  return checks.flatMap((check) => check.run({ doc, posting, matchFindings: [], words }));
}

const files = pdfsUnder(folder);
const groupOf = (file) => path.relative(folder, file).split(path.sep)[0];
const groups = [...new Set(files.map(groupOf))];
const flagged = new Map();
const failures = [];
const perPage = [];
for (const file of files) {
  const start = performance.now();
  try {
    const doc = await withTimeout(extractDocument(file));
    const findings = runChecks(doc);
    perPage.push((performance.now() - start) / Math.max(1, doc.pages.length));
    for (const finding of findings) {
      const key = `${finding.checkId} (${finding.severity})`;
      if (!flagged.has(key)) flagged.set(key, new Set());
      flagged.get(key).add(file);
    }
  } catch (error) {
    failures.push(`${path.relative(folder, file)}: ${error.code ?? ""} ${error.message}`);
  }
}

const share = (count, total) => `${((100 * count) / total).toFixed(1)}%`.padStart(6);
const sizeOf = Object.fromEntries(
  groups.map((group) => [group, files.filter((file) => groupOf(file) === group).length]),
);
console.log(`${files.length} PDFs under ${folder}: ${groups.map((group) => `${group} ${sizeOf[group]}`).join(", ")}`);
console.log(`failures (crash, hang or refused): ${failures.length}`);
for (const failure of failures) console.log(`  ${failure}`);
const sorted = [...perPage].sort((a, b) => a - b);
console.log(
  `extraction + checks per page, median (cold first file included): ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms\n`,
);
const header = ["finding (severity)".padEnd(34), "files", " share", ...groups.map((group) => group.padStart(12))];
console.log(header.join("  "));
for (const [key, set] of [...flagged.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))) {
  const byGroup = groups.map((group) => {
    const count = [...set].filter((file) => groupOf(file) === group).length;
    return `${String(count).padStart(4)} ${share(count, sizeOf[group])}`.padStart(12);
  });
  console.log([key.padEnd(34), String(set.size).padStart(5), share(set.size, files.length), ...byGroup].join("  "));
  if (listFiles) for (const file of set) console.log(`    ${path.relative(folder, file)}`);
}
