import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "./package-root.js";

/**
 * The compiled copy of a module to start as a worker thread: `name` beside the calling module (in dist/ and
 * in the bundle, also when installed) or, run from the TypeScript sources (vitest), its built copy in
 * dist/<folder>/. Undefined without a build, and the caller then does the work in its own thread.
 */
export function builtModule(callerUrl: string, folder: string, name: string): string | undefined {
  const here = path.dirname(fileURLToPath(callerUrl));
  return [path.join(here, name), path.join(packageRoot, "dist", folder, name)].find((file) => existsSync(file));
}
