/**
 * A pool of worker threads that score files. A file that hangs is cut off after a timeout: its worker is
 * terminated and replaced, and the file gets an error row. A crashed worker (out of memory...) is replaced too.
 */
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
import type { ExtractOptions } from "../extract/index.js";
import { builtModule } from "../io/built-module.js";
import type { BatchRow, Posting } from "../types.js";
import { scoreFile } from "./score-file.js";

/** What every worker is started with: the postings are loaded once by the parent and copied to each. */
export interface WorkerSetup {
  postings: Posting[];
  extract: ExtractOptions;
}
export interface WorkerRequest {
  id: number;
  file: string;
}
export interface WorkerResponse {
  id: number;
  row: BatchRow;
}

export interface PoolOptions {
  /** Number of worker threads. */
  size: number;
  timeoutMs: number;
  setup: WorkerSetup;
  /** The compiled worker script; `null` scores in this thread (see builtWorkerFile). */
  workerFile?: string | null;
}

/**
 * A worker's heap is capped so one pathological file ends in an error row, not in a machine out of memory.
 * Its young generation is held to 16 MB (V8 grows it to 48 on its own): that keeps a 2-worker run about
 * 40 MB smaller for some 5% more garbage-collection time (measured over the 211 real resumes).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 };

/**
 * Two V8 settings for a process whose workers keep every core busy, measured over the 211 real resumes and
 * 1,000 copies, alternating runs:
 * - how far an old generation may grow past what survived its last full collection: V8 derives x1.4 from the
 *   512 MB cap above, and a worker ran a full collection every few files (17% of its time); x1.6 does it less
 *   often for 25-35 MB more peak RSS over 1,000 files;
 * - one helper thread per isolate for concurrent marking instead of one per platform thread (4): on busy cores
 *   the helpers only took time from the workers (211 files 7.9-9.0 -> 7.1-7.3 s, CPU 14.3-16.6 -> 12.9-13.2 s).
 * V8 flags hold for the whole process, so the CLI sets them before its first worker starts (an isolate reads
 * the marking cap when it is made; the main thread's, made earlier, keeps its own); a library caller's
 * process keeps its own settings.
 */
export function tuneV8ForWorkers(): void {
  v8.setFlagsFromString("--heap-growing-percent=60");
  v8.setFlagsFromString("--concurrent-marking-max-worker-num=1");
}

/** The compiled worker (dist/batch/batch-worker.js); without a build the pool scores in-process. */
export function builtWorkerFile(): string | undefined {
  return builtModule(import.meta.url, "batch", "batch-worker.js");
}

interface Task {
  id: number;
  file: string;
  resolve: (row: BatchRow) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

const failedRow = (file: string, code: string, message: string): BatchRow => ({
  file,
  error: { code, message },
  results: [],
});

export class ScorePool {
  private readonly workerFile: string | undefined;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.workerFile = options.workerFile === undefined ? builtWorkerFile() : (options.workerFile ?? undefined);
  }

  /** True when files are scored in worker threads, false for the in-process fallback. */
  get threaded(): boolean {
    return this.workerFile !== undefined;
  }

  /** Scores a file; always resolves, with an error row when the file fails, hangs or the pool closes. */
  score(file: string): Promise<BatchRow> {
    if (this.closed) return Promise.resolve(failedRow(file, "interrupted", "not scored: the run was stopped"));
    if (!this.workerFile) return this.scoreInProcess(file);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, file, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; files still waiting resolve as interrupted. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) {
      task.resolve(failedRow(task.file, "interrupted", "not scored: the run was stopped"));
    }
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        clearTimeout(slot.timer);
        slot.task?.resolve(failedRow(slot.task.file, "interrupted", "not scored: the run was stopped"));
        return slot.worker.terminate();
      }),
    );
  }

  /** Without a compiled worker the file is scored here; a timeout still yields a row but cannot stop the work. */
  private scoreInProcess(file: string): Promise<BatchRow> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<BatchRow>((resolve) => {
      timer = setTimeout(() => resolve(this.timeoutRow(file)), this.options.timeoutMs);
    });
    return Promise.race([scoreFile(file, this.options.setup.postings, this.options.setup.extract), timeout]).finally(
      () => clearTimeout(timer),
    );
  }

  private timeoutRow(file: string): BatchRow {
    const seconds = this.options.timeoutMs / 1000;
    return failedRow(file, "timeout", `took longer than ${seconds} s and was skipped (raise it with --timeout)`);
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((candidate) => !candidate.task);
      if (!slot && this.slots.length < this.options.size) {
        slot = { worker: this.startWorker() };
        this.slots.push(slot);
      }
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      const busy = slot;
      busy.timer = setTimeout(() => this.fail(busy, this.timeoutRow(task.file)), this.options.timeoutMs);
      slot.worker.postMessage({ id: task.id, file: task.file } satisfies WorkerRequest);
    }
  }

  private startWorker(): Worker {
    const worker = new Worker(this.workerFile!, {
      workerData: this.options.setup satisfies WorkerSetup,
      resourceLimits: WORKER_HEAP,
    });
    const slotOf = () => this.slots.find((slot) => slot.worker === worker);
    worker.on("message", (response: WorkerResponse) => {
      const slot = slotOf();
      if (!slot?.task || slot.task.id !== response.id) return;
      clearTimeout(slot.timer);
      const { resolve } = slot.task;
      slot.task = undefined;
      resolve(response.row);
      this.dispatch();
    });
    const crashed = (reason: string) => {
      const slot = slotOf();
      if (!slot || this.closed) return;
      const file = slot.task?.file;
      this.fail(slot, file === undefined ? undefined : failedRow(file, "worker-crashed", reason));
    };
    worker.on("error", (error) => crashed(`the worker scoring it failed: ${error.message}`));
    worker.on("exit", (code) => crashed(`the worker scoring it stopped (exit code ${code})`));
    return worker;
  }

  /** Ends a slot's task with `row` and drops its worker (it may be stuck or broken); a fresh one starts on demand. */
  private fail(slot: Slot, row: BatchRow | undefined): void {
    clearTimeout(slot.timer);
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
    if (slot.task && row) slot.task.resolve(row);
    this.dispatch();
  }
}
