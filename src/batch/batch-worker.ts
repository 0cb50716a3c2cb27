/** A batch worker thread: loads the wink model once, then scores the files the pool sends, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { prepareReaderThread } from "../extract/reader-thread.js";
import { warmUp } from "../index.js";
import type { WorkerRequest, WorkerResponse, WorkerSetup } from "./pool.js";
import { scoreFile } from "./score-file.js";

prepareReaderThread();
const setup = workerData as WorkerSetup;
const port = parentPort!;
// Loading the model is most of a worker's start-up; begin at once, while the first file is read.
void warmUp(...setup.postings);
port.on("message", async (request: WorkerRequest) => {
  const row = await scoreFile(request.file, setup.postings, setup.extract);
  port.postMessage({ id: request.id, row } satisfies WorkerResponse);
});
