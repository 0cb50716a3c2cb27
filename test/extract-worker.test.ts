import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without type declarations
import { brokenPageObjects } from "../scripts/make-hostile-corpus.mjs";
import { InputError } from "../src/errors.js";
import { extractInWorker } from "../src/extract/in-worker.js";
import { extractDocument } from "../src/extract/index.js";
import { builtModule } from "../src/io/built-module.js";

// The CLI reads PDF and DOCX resumes in a worker thread (the built dist/extract/extract-worker.js).
describe("reading a resume in a worker thread", () => {
  it("has the built worker to start (npm test builds first)", () => {
    expect(builtModule(import.meta.url, "extract", "extract-worker.js")).toMatch(
      /dist[/\\]extract[/\\]extract-worker\.js$/,
    );
  });

  it.each(["fixtures/resumes/strong-phd-recsys/resume.pdf", "fixtures/format/header-contact.docx"])(
    "gives the same Document as reading in this thread: %s",
    async (file) => {
      const [inWorker, inThread] = await Promise.all([extractInWorker(file), extractDocument(file)]);
      expect(inWorker).toEqual(inThread);
      expect(inWorker.lines.length).toBeGreaterThan(5);
    },
  );

  it("passes the limits on and returns the same typed error, naming the file", async () => {
    const file = "fixtures/resumes/strong-phd-recsys/resume.pdf";
    const error = await extractInWorker(file, { maxFileBytes: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: "too-large", file });
    expect((error as Error).message).toMatch(/^fixtures\/resumes\/strong-phd-recsys\/resume\.pdf: the file is/);
  });

  it("maps pdfjs's password error like the in-thread reader does", async () => {
    const file = "fixtures/bad/encrypted.pdf";
    const [inWorker, inThread] = await Promise.all(
      [extractInWorker(file), extractDocument(file)].map((reading) => reading.catch((caught: unknown) => caught)),
    );
    expect(inWorker).toBeInstanceOf(InputError);
    expect(inWorker).toEqual(inThread);
    expect((inWorker as InputError).code).toBe("pdf-encrypted");
  });

  // pdfjs leaves a rejection unhandled for some damaged files; the reader thread used to end on it, after or
  // before answering, so the CLI printed "reading it failed: This error originated..." and exit 2.
  it("is not ended by the rejection pdfjs leaves behind on damaged page objects", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ats-pages-")), "broken-page-objects.pdf");
    writeFileSync(file, brokenPageObjects(readFileSync("fixtures/resumes/strong-phd-recsys/resume.pdf")));
    for (let run = 0; run < 3; run++) {
      const result = spawnSync(process.execPath, ["bin/ats-score.js", file, "--job", "netflix-ml-intern", "--json"], {
        encoding: "utf8",
      });
      expect(result.stderr).toBe("");
      expect([0, 1]).toContain(result.status);
      expect(JSON.parse(result.stdout).schemaVersion).toBe(1);
    }
  });

  it("stops the worker when the Document is no longer wanted", async () => {
    const stop = new AbortController();
    const reading = extractInWorker("fixtures/resumes/strong-phd-recsys/resume.pdf", {}, stop.signal);
    stop.abort();
    await expect(reading).rejects.toMatchObject({ code: "abandoned" });
  });
});
