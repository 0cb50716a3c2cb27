import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ScorePool } from "../src/batch/pool.js";
import { defaultExtractOptions } from "../src/extract/index.js";

/**
 * A stand-in worker speaking the pool's protocol, so the pool's own duties can be shown on demand: a file
 * called "hang" spins forever (no timer can interrupt it), "crash" kills the thread, anything else is scored
 * at once and names the thread that scored it.
 */
const standIn = path.join(mkdtempSync(path.join(tmpdir(), "ats-pool-")), "worker.mjs");
writeFileSync(
  standIn,
  `import { parentPort, threadId } from "node:worker_threads";
parentPort.on("message", ({ id, file }) => {
  if (file === "hang") for (;;);
  if (file === "crash") process.exit(3);
  parentPort.postMessage({ id, row: { file, results: [], best: String(threadId) } });
});
`,
);
const setup = { postings: [], extract: defaultExtractOptions };

describe("ScorePool", () => {
  it("cuts off a hung file after the timeout, replaces its worker and goes on", async () => {
    const pool = new ScorePool({ size: 1, timeoutMs: 400, setup, workerFile: standIn });
    const [before, hung, after] = await Promise.all(["a", "hang", "b"].map((file) => pool.score(file)));
    await pool.close();
    expect(before).toMatchObject({ file: "a", results: [] });
    expect(hung).toEqual({
      file: "hang",
      error: { code: "timeout", message: "took longer than 0.4 s and was skipped (raise it with --timeout)" },
      results: [],
    });
    // The file after the hung one was scored by a new thread.
    expect(after.file).toBe("b");
    expect(after.best).not.toBe(before.best);
  });

  it("turns a crashed worker into an error row and keeps scoring", async () => {
    const pool = new ScorePool({ size: 2, timeoutMs: 5000, setup, workerFile: standIn });
    const rows = await Promise.all(["a", "crash", "b", "c"].map((file) => pool.score(file)));
    await pool.close();
    expect(rows[1]).toEqual({
      file: "crash",
      error: { code: "worker-crashed", message: "the worker scoring it stopped (exit code 3)" },
      results: [],
    });
    expect(rows.filter((row) => !row.error).map((row) => row.file)).toEqual(["a", "b", "c"]);
  });

  it("resolves files still waiting as interrupted when closed", async () => {
    const pool = new ScorePool({ size: 1, timeoutMs: 5000, setup, workerFile: standIn });
    const pending = ["hang", "a"].map((file) => pool.score(file));
    await pool.close();
    const rows = await Promise.all(pending);
    expect(rows.map((row) => row.error?.code)).toEqual(["interrupted", "interrupted"]);
    expect(await pool.score("late")).toMatchObject({ error: { code: "interrupted" } });
  });
});
