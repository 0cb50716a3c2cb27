/**
 * Benchmarks, run with `npm run bench` (not part of npm test: timings belong here, not in unit tests).
 *
 * single-file cold start: the whole CLI as a user runs it (new Node process, imports, wink model, PDF
 * parse, scoring) on a 2-page PDF, median of several runs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "ats-score.js");
const runs = Number(process.env.BENCH_RUNS ?? 9);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function coldStart(file, extraArgs = []) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, file, "--job", "netflix-ml-intern", "--json", ...extraArgs], {
      cwd: root,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${file}: exit ${result.status}: ${result.stderr}`);
    if (i > 0) times.push(ms); // the first run warms the OS file cache
  }
  return median(times);
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(
  `machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
const pdf = "fixtures/resumes/strong-phd-recsys/resume.pdf";
const md = "fixtures/resumes/strong-phd-recsys/resume.md";
const pdfMs = coldStart(pdf);
const mdMs = coldStart(md);
const nodeMs = median(
  Array.from({ length: runs }, () => {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, ["-e", ""]);
    return Number(process.hrtime.bigint() - start) / 1e6;
  }),
);
console.log(`single-file cold start, 2-page PDF (median of ${runs}): ${pdfMs.toFixed(0)} ms  [target < 1000 ms]`);
console.log(`single-file cold start, Markdown (median of ${runs}):   ${mdMs.toFixed(0)} ms`);
console.log(`bare node startup, for reference:                  ${nodeMs.toFixed(0)} ms`);
