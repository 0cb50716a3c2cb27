import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { copyFile, lstat, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { InputError, UsageError } from "../errors.js";

/** How a write was asked for, and the files it must never land on. */
export interface WriteOptions {
  /** The option that named the target (`-o`, `--write`), for messages. */
  flag: string;
  /** Replace an existing file (the old one is kept as `<target>.bak`). */
  force: boolean;
  /** Every file the command reads (resumes, postings; names that are no file are ignored): never written,
   * whatever path or link names them. A batch passes them once through `inputFiles`. */
  inputs?: readonly string[] | InputFiles;
}

/** The identities of a command's input files, taken once: real paths and device/inode pairs. */
export interface InputFiles {
  byRealPath: Map<string, string>;
  byIdentity: Map<string, string>;
}

const identity = (stats: Stats) => (stats.ino === 0 ? undefined : `${stats.dev}:${stats.ino}`);

const isInputFiles = (inputs: readonly string[] | InputFiles): inputs is InputFiles => "byRealPath" in inputs;

export async function inputFiles(files: readonly string[]): Promise<InputFiles> {
  const known: InputFiles = { byRealPath: new Map(), byIdentity: new Map() };
  for (const file of files) {
    const stats = await stat(file).catch(() => undefined);
    if (!stats) continue;
    known.byRealPath.set(await realpath(file).catch(() => path.resolve(file)), file);
    const key = identity(stats);
    if (key) known.byIdentity.set(key, file);
  }
  return known;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";
const entryOf = (file: string) => lstat(file).catch((error) => (missing(error) ? undefined : Promise.reject(error)));

/** Refuses a path that is a link or not a plain file: writing there would land somewhere else. */
function refuseOddEntry(flag: string, file: string, entry: Stats | undefined, role: string): void {
  if (entry?.isSymbolicLink())
    throw new UsageError(`${flag} ${file}: ${role} is a symbolic link; ats-score does not write through links`);
  if (entry && !entry.isFile()) throw new UsageError(`${flag} ${file}: ${role} is not a regular file`);
}

/** Refuses `file` when it is one of the inputs, by real path or by identity (hard links, links to it). */
function refuseInputs(flag: string, shown: string, real: string, entry: Stats | undefined, inputs: InputFiles) {
  const key = entry && identity(entry);
  const input = inputs.byRealPath.get(real) ?? (key ? inputs.byIdentity.get(key) : undefined);
  if (input !== undefined)
    throw new UsageError(`${flag} ${shown}: that is an input file (${input}); choose another file name`);
}

/**
 * Writes `text` to `target` atomically (temp file + rename in the target's real folder). Never writes onto
 * an input (by real path or inode), never through a symbolic link, and over an existing file only with
 * `force`, keeping the old one as `<target>.bak` (which must not be a link or an input either).
 */
export async function writeAtomically(
  target: string,
  text: string,
  options: WriteOptions,
): Promise<{ backup?: string }> {
  const { flag, force } = options;
  const given = options.inputs ?? [];
  const inputs = isInputFiles(given) ? given : await inputFiles(given);
  let folder: string;
  try {
    folder = await realpath(path.dirname(path.resolve(target)));
  } catch (error) {
    throw new InputError(
      target,
      "write-failed",
      `cannot write there: the folder ${missing(error) ? "does not exist" : "cannot be opened"}`,
    );
  }
  const real = path.join(folder, path.basename(target));
  const entry = await entryOf(real);
  refuseOddEntry(flag, target, entry, "the target");
  refuseInputs(flag, target, real, entry, inputs);
  if (entry && !force)
    throw new UsageError(
      `${flag} ${target}: the file already exists; pass --force to replace it (the old file is kept as ${target}.bak)`,
    );
  const backupReal = `${real}.bak`;
  if (entry) {
    const backupEntry = await entryOf(backupReal);
    refuseOddEntry(flag, target, backupEntry, `its backup ${target}.bak`);
    refuseInputs(flag, `${target}.bak`, backupReal, backupEntry, inputs);
  }
  const temporary = (suffix: string) =>
    path.join(folder, `.${path.basename(real)}.${randomBytes(4).toString("hex")}.${suffix}`);
  const written = temporary("tmp");
  const backupCopy = temporary("bak.tmp");
  try {
    await writeFile(written, text, { flag: "wx" });
    if (entry) {
      // Copy to a fresh name, then rename: the rename replaces a stale backup and never follows a link.
      await copyFile(real, backupCopy, constants.COPYFILE_EXCL);
      await rename(backupCopy, backupReal);
    }
    await rename(written, real);
    return entry ? { backup: `${target}.bak` } : {};
  } catch (error) {
    await unlink(written).catch(() => undefined);
    await unlink(backupCopy).catch(() => undefined);
    throw new InputError(
      target,
      "write-failed",
      `could not write the file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}
