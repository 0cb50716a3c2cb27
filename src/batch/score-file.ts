import type { ExtractOptions } from "../extract/index.js";
import { extractDocument, scoreDocument } from "../index.js";
import type { BatchRow, Posting } from "../types.js";
import { errorRow, scoredRow } from "./rows.js";

/**
 * Scores one file against every posting through the library API: the file is read once, then matched per job.
 * Never throws: a file that cannot be read becomes a row carrying its error, so a batch goes on.
 */
export async function scoreFile(file: string, postings: Posting[], options: ExtractOptions): Promise<BatchRow> {
  try {
    const doc = await extractDocument(file, options);
    const reports = [];
    for (const posting of postings) reports.push(await scoreDocument(doc, posting));
    return scoredRow(file, doc, reports, postings);
  } catch (error) {
    return errorRow(file, error);
  }
}
