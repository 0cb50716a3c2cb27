/** Finds the resumes a batch names (folders, globs, files), lazily and in a stable order. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** What a folder walk picks up; a glob picks what it names, and a file named on the command line is always read. */
export const RESUME_EXTENSIONS = [".pdf", ".docx", ".txt", ".md", ".markdown"];

export interface Discovered {
  file: string;
  /** The argument named a file or folder that does not exist. */
  missing?: boolean;
}

const isResume = (name: string) => RESUME_EXTENSIONS.includes(path.extname(name).toLowerCase());
const GLOB_CHARACTERS = /[*?[{]/;
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Walks a folder depth-first in name order, one folder listing at a time, so a huge tree is never held whole.
 * Hidden entries and node_modules are skipped; symbolic links to folders are not followed (no loops).
 */
async function* walk(folder: string, depthLeft: number): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (depthLeft > 0) yield* walk(full, depthLeft - 1);
    } else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(full).catch(() => undefined))?.isFile())) {
      yield full;
    }
  }
}

/** Translates a glob (`*`, `**`, `?`, `[...]`, `{a,b}`) over `/`-separated paths into a regular expression. */
export function globToRegExp(glob: string): RegExp {
  let source = "";
  let braces = 0;
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index];
    if (character === "*" && glob[index + 1] === "*") {
      const slash = glob[index + 2] === "/";
      source += slash ? "(?:[^/]*/)*" : ".*";
      index += slash ? 2 : 1;
    } else if (character === "*") source += "[^/]*";
    else if (character === "?") source += "[^/]";
    else if (character === "{") {
      braces++;
      source += "(?:";
    } else if (character === "}" && braces > 0) {
      braces--;
      source += ")";
    } else if (character === "," && braces > 0) source += "|";
    else if (character === "[") {
      const close = glob.indexOf("]", index + 2);
      if (close < 0) source += "\\[";
      else {
        const body = glob
          .slice(index + 1, close)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${body}]`;
        index = close;
      }
    } else source += character.replace(/[.+^$()|\\\]{}]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** Files matching a glob: walks from its fixed leading folders, only as deep as the pattern can reach. */
async function* expandGlob(glob: string): AsyncGenerator<string> {
  const segments = glob.split("/");
  const fixed: string[] = [];
  while (segments.length > 1 && !GLOB_CHARACTERS.test(segments[0])) fixed.push(segments.shift()!);
  const base = fixed.length === 0 ? "." : fixed.join("/") || "/";
  const pattern = globToRegExp(segments.join("/"));
  const depth = glob.includes("**") ? Infinity : segments.length - 1;
  for await (const file of walk(base, depth)) {
    const relative = path.relative(base, file).split(path.sep).join("/");
    if (pattern.test(relative)) yield fixed.length === 0 ? relative : file;
  }
}

async function* expandInput(input: string): AsyncGenerator<Discovered> {
  const info = await stat(input).catch(() => undefined);
  if (info?.isDirectory()) {
    for await (const file of walk(input, Infinity)) if (isResume(file)) yield { file };
  } else if (info) yield { file: input };
  else if (GLOB_CHARACTERS.test(input)) for await (const file of expandGlob(input)) yield { file };
  else yield { file: input, missing: true };
}

/** Every resume the inputs name, in argument order then name order; a file named twice is read once. */
export async function* discoverResumes(inputs: string[]): AsyncGenerator<Discovered> {
  // Only overlapping arguments can repeat a file; a single folder or glob cannot, so it needs no memory of names.
  const seen = inputs.length > 1 ? new Set<string>() : undefined;
  for (const input of inputs) {
    for await (const found of expandInput(input)) {
      const key = path.resolve(found.file);
      if (seen?.has(key)) continue;
      seen?.add(key);
      yield found;
    }
  }
}
