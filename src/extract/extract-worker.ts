/** A worker thread that reads one resume into a Document (see extractInWorker). */
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../errors.js";
import { extractDocument, type ExtractOptions } from "./index.js";
import type { ExtractReply } from "./in-worker.js";
import { prepareReaderThread } from "./reader-thread.js";

prepareReaderThread();
const { file, limits } = workerData as { file: string; limits: Partial<ExtractOptions> };
let reply: ExtractReply;
try {
  reply = { doc: await extractDocument(file, limits) };
} catch (error) {
  reply =
    error instanceof InputError
      ? { inputError: { code: error.code, problem: error.problem } }
      : { crash: { message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack } };
}
parentPort!.postMessage(reply);
