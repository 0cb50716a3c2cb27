import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's root folder: the nearest one above this module with a package.json. The same answer from the
 * sources (tests), from dist/ and from the bundle in dist/bin/, so data files are found from any of them.
 */
export const packageRoot = ((): string => {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error("ats-score cannot find its own package.json");
  }
})();
