/** pdfjs ships no types for its worker half; we only connect it to a port (see pdf-port.ts). */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: {
    /** What pdfjs's worker script does with its global scope: serve the API half on that port. */
    initializeFromPort(port: unknown): void;
  };
}
