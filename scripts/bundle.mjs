/**
 * Bundles the built CLI and its two worker threads into dist/bundle/ (run by `npm run build`, after tsc).
 * One file per entry instead of ~250 modules: Node's ESM loader resolves and links each module separately,
 * and that cost ~100 ms of every cold start (measured with `npm run bench`). pdfjs and wink stay external:
 * they are loaded lazily, only when a file needs them. The library (dist/index.js) stays unbundled.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "dist", "bundle");
rmSync(outDir, { recursive: true, force: true });
await build({
  cwd: root,
  input: {
    cli: "dist/cli.js",
    // Named as the modules that start them look for them beside themselves (src/io/built-module.ts).
    "extract-worker": "dist/extract/extract-worker.js",
    "batch-worker": "dist/batch/batch-worker.js",
  },
  platform: "node",
  external: [/^node:/, /^pdfjs-dist(\/|$)/, /^wink-/],
  output: { dir: outDir, format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
  logLevel: "warn",
});
console.log(`bundled the CLI into ${path.relative(process.cwd(), outDir)}`);
