/** pdfjs ships no types for its worker half; we only hand the module to pdfjs as its fake worker. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
