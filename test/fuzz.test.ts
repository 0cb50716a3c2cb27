import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AtsError } from "../src/errors.js";
import { extractDocument } from "../src/extract/index.js";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { loadPosting } from "../src/posting/load.js";
import { analyse } from "../src/score/index.js";
// @ts-expect-error: a plain ESM script without type declarations
import { mutate, prng } from "../scripts/lib/mutate.mjs";

/** Fixed seed and count: the same mutations every run; `npm run fuzz` runs many more. */
const SEED = 20261125;
const ITERATIONS = 120;
const sources = [
  "fixtures/resumes/strong-phd-recsys/resume.pdf",
  "fixtures/resumes/nurse/resume.pdf",
  "fixtures/resumes/synonym-phd/resume.md",
  "fixtures/bad/encrypted.pdf",
];

let analyser: Analyser;
beforeAll(async () => {
  analyser = await loadAnalyser();
});

describe("fuzzing the readers with mutated fixtures (fixed seed)", () => {
  it(`reads or cleanly refuses ${ITERATIONS} mutated files`, async () => {
    const random = prng(SEED);
    const dir = mkdtempSync(path.join(tmpdir(), "ats-fuzz-"));
    const posting = loadPosting("netflix-ml-intern");
    const outcomes = { scored: 0, refused: 0 };
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const source = sources[iteration % sources.length];
      const { bytes, description } = mutate(readFileSync(source), random);
      const file = path.join(dir, `case-${iteration}${path.extname(source)}`);
      writeFileSync(file, bytes);
      try {
        const report = analyse(await extractDocument(file), posting, analyser, "fuzz");
        expect(report.scores.overall).toBeGreaterThanOrEqual(0);
        outcomes.scored++;
      } catch (error) {
        // Anything but our typed error would reach the user as "unexpected error".
        expect(error, `${source} ${description}: ${(error as Error).stack}`).toBeInstanceOf(AtsError);
        expect((error as AtsError).message.startsWith(file)).toBe(true);
        outcomes.refused++;
      }
    }
    expect(outcomes.scored + outcomes.refused).toBe(ITERATIONS);
    expect(outcomes.scored).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 60_000);
});
