/** Runs a batch: discovery feeds the pool through a bounded window; rows come out in input order. */
import type { ExtractOptions } from "../extract/index.js";
import { InputError } from "../errors.js";
import { expandPosting } from "../kb/index.js";
import type { BatchRow, Posting } from "../types.js";
import { discoverResumes } from "./discover.js";
import { ScorePool } from "./pool.js";
import { errorRow } from "./rows.js";

export interface BatchRunOptions {
  /** Folders, globs and files, as given on the command line. */
  inputs: string[];
  postings: Posting[];
  extract: ExtractOptions;
  /** Per-file limit; a file over it gets an error row and its worker is replaced. */
  timeoutMs: number;
  /** Worker threads. */
  workers: number;
  /** Stops the run: files in flight are dropped, the rows already yielded stand. */
  signal?: AbortSignal;
  /** Called with the number of files found so far, for a progress bar. */
  onDiscovered?: (count: number) => void;
  /** See PoolOptions.workerFile. */
  workerFile?: string | null;
}

/**
 * Settles with the promise's value, or with undefined as soon as the signal aborts. (Racing every row
 * against one long-lived "aborted" promise would leave a reaction, and so the row, on it per file.)
 */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | undefined> {
  if (!signal) return promise;
  return new Promise((resolve) => {
    const abort = () => resolve(undefined);
    signal.addEventListener("abort", abort, { once: true });
    void promise.then((value) => {
      signal.removeEventListener("abort", abort);
      resolve(value);
    });
  });
}

/** Files in flight or waiting per worker: enough to keep workers busy, few enough to bound memory. */
const WINDOW_PER_WORKER = 4;

/**
 * Scores every resume the inputs name. Only a small window of files is in flight at any time and each
 * row is handed on as soon as it and every row before it are done, so memory does not grow with the folder.
 */
export async function* scoreBatch(options: BatchRunOptions): AsyncGenerator<BatchRow> {
  const { signal } = options;
  const pool = new ScorePool({
    size: options.workers,
    timeoutMs: options.timeoutMs,
    // Expanded here, once: the workers then never load the knowledge base.
    setup: { postings: options.postings.map(expandPosting), extract: options.extract },
    workerFile: options.workerFile,
  });
  const files = discoverResumes(options.inputs);
  const window: Promise<BatchRow>[] = [];
  const limit = Math.max(1, options.workers) * WINDOW_PER_WORKER;
  let found = 0;
  let exhausted = false;
  try {
    while (!signal?.aborted) {
      while (!exhausted && window.length < limit) {
        const next = await files.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        found++;
        options.onDiscovered?.(found);
        const { file, missing } = next.value;
        window.push(
          missing
            ? Promise.resolve(errorRow(file, new InputError(file, "missing", "no such file or folder")))
            : pool.score(file),
        );
      }
      if (window.length === 0) return;
      const row = await unlessAborted(window[0], signal);
      if (row === undefined) return;
      window.shift();
      yield row;
    }
  } finally {
    await pool.close();
    await files.return(undefined);
  }
}
