/**
 * Reads a resume in a worker thread, so that on a multi-core machine the PDF or DOCX parser loads and runs
 * while this thread loads the language model and compiles the posting. For one PDF, that parallelism is most
 * of what a cold start can save: pdfjs's import and parse and wink's model load each take a third of it.
 */
import { Worker } from "node:worker_threads";
import { InputError } from "../errors.js";
import { builtModule } from "../io/built-module.js";
import type { Document } from "../types.js";
import type { ExtractOptions } from "./options.js";

export type ExtractReply =
  | { doc: Document }
  | { inputError: { code: string; problem: string } }
  | { crash: { message: string; stack?: string } };

/** Formats whose parsers are heavy enough to be worth a thread; text formats are read faster in place. */
const HEAVY_EXTENSION = /\.(pdf|docx)$/i;

/**
 * Same contract as extractDocument; falls back to this thread without a build or for text formats.
 * `signal` stops the worker when the Document is no longer wanted (the posting failed to load, say), so the
 * process does not wait for a long parse before it exits.
 */
export function extractInWorker(
  file: string,
  limits: Partial<ExtractOptions> = {},
  signal?: AbortSignal,
): Promise<Document> {
  const workerFile = HEAVY_EXTENSION.test(file)
    ? builtModule(import.meta.url, "extract", "extract-worker.js")
    : undefined;
  if (!workerFile) return import("./index.js").then(({ extractDocument }) => extractDocument(file, limits));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { file, limits } });
    let settled = false;
    signal?.addEventListener("abort", () => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(new InputError(file, "abandoned", "not read: the command stopped first"));
    });
    worker.once("message", (reply: ExtractReply) => {
      settled = true;
      if ("doc" in reply) resolve(reply.doc);
      else if ("inputError" in reply) reject(new InputError(file, reply.inputError.code, reply.inputError.problem));
      else reject(Object.assign(new Error(reply.crash.message), { stack: reply.crash.stack }));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(new InputError(file, "unreadable", `reading it failed: ${error.message}`));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new InputError(file, "unreadable", `reading it stopped (exit code ${code})`));
    });
  });
}
