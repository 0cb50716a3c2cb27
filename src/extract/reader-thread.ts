/**
 * Setup for the worker threads of ours that read resumes (src/extract/extract-worker.ts and
 * src/batch/batch-worker.ts). It changes globals of the thread it runs in, so the library never calls it in
 * a caller's thread.
 */
import { createRequire } from "node:module";

/**
 * Stands in for a browser class pdfjs only needs to draw. pdfjs constructs a DOMMatrix when it loads, so the
 * stand-in constructs; it has no methods, so drawing with it would fail loudly, and we never draw.
 */
const drawingOnly = () => class {};

/**
 * Stands in for the browser's FontFace. Without a way to install fonts, pdfjs's worker half compiles the
 * outline of every glyph drawn (so a canvas could paint them as paths) and sends each one over: work a
 * reader of text never uses. With this stand-in, and a document whose font set accepts it, pdfjs "installs"
 * each font in no time and compiles no outline.
 */
class FontFaceStandIn {
  readonly loaded: Promise<this> = Promise.resolve(this);
  constructor(readonly family: string) {}
  load(): Promise<this> {
    return this.loaded;
  }
}

/** The `ownerDocument` pdfjs installs fonts into, in a prepared reader thread; undefined elsewhere. */
export let fontInstallTarget: { fonts: { add(font: unknown): void; delete(font: unknown): void } } | undefined;

/** An error raised inside pdfjs (its exceptions carry the stack of pdfjs's own module). */
const raisedInPdfjs = (reason: unknown) => reason instanceof Error && /[\\/]pdfjs-dist[\\/]/.test(reason.stack ?? "");

export function prepareReaderThread(): void {
  // pdfjs prefetches page objects it may never await; when they are damaged it leaves their rejection
  // unhandled (found by the fuzzer: both page objects of a resume broken). That ended the reader thread, and
  // the CLI called a readable file unreadable. Those are ignored; any other one still ends the thread.
  process.on("unhandledRejection", (reason) => {
    if (!raisedInPdfjs(reason)) throw reason;
  });
  (globalThis as { FontFace?: unknown }).FontFace = FontFaceStandIn;
  fontInstallTarget = { fonts: { add() {}, delete() {} } };

  // With a global DecompressionStream pdfjs inflates every stream through zlib on libuv's pool behind web
  // streams, awaited one by one; its own synchronous inflate is cheaper for a resume's small streams: batch
  // over the 211 real PDFs went from 9.5-10.3 s to 8.7-9.0 s (4 alternating runs each).
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;

  // pdfjs's Node entry loads the native @napi-rs/canvas module (~30 ms and native code we never call) for
  // DOMMatrix, ImageData and Path2D, unless they exist; and it patches Response, whose first use makes Node
  // load its fetch implementation (~15 ms). Reading a PDF needs none of them.
  const globals = globalThis as Record<string, unknown>;
  for (const name of ["DOMMatrix", "ImageData", "Path2D"]) globals[name] ??= drawingOnly();
  Object.defineProperty(globalThis, "Response", { value: drawingOnly(), writable: true, configurable: true });
  const fromPdfjs = createRequire(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs"));
  try {
    const canvas = fromPdfjs.resolve("@napi-rs/canvas");
    fromPdfjs.cache[canvas] ??= Object.assign(Object.create(null), {
      id: canvas,
      filename: canvas,
      loaded: true,
      exports: {},
    });
  } catch {
    // Not installed (it is optional for pdfjs): nothing to keep out.
  }
}
