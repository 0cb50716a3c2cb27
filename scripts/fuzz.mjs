/**
 * Long fuzz run over the built package: `npm run fuzz` (FUZZ_ITERATIONS, FUZZ_SEED to change it).
 * Every mutated file must be scored or refused with our one-line error; anything else is printed with
 * the seed and iteration that reproduce it, and the run exits 1.
 */
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AtsError } from "../dist/errors.js";
import { extractDocument } from "../dist/extract/index.js";
import { prepareReaderThread } from "../dist/extract/reader-thread.js";
import { loadAnalyser } from "../dist/nlp/analyser.js";
import { loadPosting } from "../dist/posting/load.js";
import { analyse } from "../dist/score/index.js";
import { mutate, prng } from "./lib/mutate.mjs";

const iterations = Number(process.env.FUZZ_ITERATIONS ?? 3000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1e9);
const sources = [
  "fixtures/resumes/strong-phd-recsys/resume.pdf",
  "fixtures/resumes/nurse/resume.pdf",
  "fixtures/resumes/synonym-phd/resume.md",
  "fixtures/resumes/json-resume-phd/resume.json",
  "fixtures/bad/encrypted.pdf",
];
// Read as the CLI's reader threads do (pdfjs's stray rejections on damaged files are theirs to ignore).
prepareReaderThread();
const random = prng(seed);
const dir = mkdtempSync(path.join(tmpdir(), "ats-fuzz-"));
const posting = loadPosting("netflix-ml-intern");
const analyser = await loadAnalyser();
const counts = { scored: 0, refused: 0, failures: 0 };
let slowest = 0;
for (let iteration = 0; iteration < iterations; iteration++) {
  const source = sources[iteration % sources.length];
  const { bytes, description } = mutate(readFileSync(source), random);
  const file = path.join(dir, `case${path.extname(source)}`);
  writeFileSync(file, bytes);
  const started = performance.now();
  try {
    analyse(await extractDocument(file), posting, analyser, "fuzz");
    counts.scored++;
  } catch (error) {
    if (error instanceof AtsError) counts.refused++;
    else {
      counts.failures++;
      console.error(`seed ${seed} iteration ${iteration}: ${source} ${description}: ${error?.stack ?? error}`);
    }
  }
  slowest = Math.max(slowest, performance.now() - started);
}
rmSync(dir, { recursive: true, force: true });
console.log(
  `fuzz seed ${seed}: ${iterations} cases, ${counts.scored} scored, ${counts.refused} refused cleanly, ${counts.failures} failures; slowest ${slowest.toFixed(0)} ms`,
);
process.exitCode = counts.failures > 0 ? 1 : 0;
