import { randomBytes } from "node:crypto";
import { copyFile, rename, stat, writeFile, unlink } from "node:fs/promises";
import path from "node:path";
import { InputError, UsageError } from "../errors.js";

/**
 * Writes `text` to `target` atomically (temp file + rename). Refuses to write over the input, and over
 * any existing file unless `force`, in which case the old file is kept as `<target>.bak`.
 */
export async function writeAtomically(
  target: string,
  text: string,
  options: { flag: string; force: boolean; input?: string },
): Promise<{ backup?: string }> {
  const { flag, force, input } = options;
  if (input !== undefined && path.resolve(target) === path.resolve(input)) {
    throw new UsageError(`${flag} ${target}: that is the input file; choose another file name`);
  }
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists && !force)
    throw new UsageError(
      `${flag} ${target}: the file already exists; pass --force to replace it (the old file is kept as ${target}.bak)`,
    );
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx" });
    let backup: string | undefined;
    if (exists) {
      backup = `${target}.bak`;
      await copyFile(target, backup);
    }
    await rename(temporary, target);
    return backup ? { backup } : {};
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if (error instanceof UsageError) throw error;
    throw new InputError(
      target,
      "write-failed",
      `could not write the file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}
