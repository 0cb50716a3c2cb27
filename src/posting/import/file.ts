import { AtsError } from "../../errors.js";
import type { Posting } from "../../types.js";
import { parsePosting } from "../load.js";
import { importPosting, type ImportFormat } from "./index.js";
import { readPostingText, readProcessStdin } from "./read.js";

/** What the user may set on an import instead of the importer's guesses. */
export interface ImportOptions {
  id?: string;
  title?: string;
  company?: string;
  format?: ImportFormat;
}

/** Imports raw posting text and checks the YAML it produces like any hand-written spec. */
export async function importPostingFile(
  file: string,
  flags: ImportOptions = {},
): Promise<{ yaml: string; posting: Posting }> {
  const source = await readPostingText(file, readProcessStdin);
  const { yaml } = importPosting(source.text, {
    fileName: source.name,
    ...flags,
    format: flags.format ?? source.format,
  });
  try {
    return { yaml, posting: parsePosting(yaml, `${source.name} (imported)`) };
  } catch (error) {
    // The importer must always write a valid spec; if it does not, that is our bug, not the user's file.
    throw new AtsError(
      "import-invalid",
      `internal error: the spec imported from ${file} does not validate: ${(error as Error).message}`,
    );
  }
}
