/** The library API: what `import ... from "ats-score"` gives. The CLI is built on the same calls. */
import { extractDocument, defaultExtractOptions, type ExtractOptions } from "./extract/index.js";
import { loadAnalyser } from "./nlp/analyser.js";
import { loadPosting, type PostingSource } from "./posting/load.js";
import { analyse, postingIndex } from "./score/index.js";
import type { Document, Posting, Report } from "./types.js";
import { version } from "./version.js";

export type * from "./types.js";
export { AtsError, InputError, PostingError, UsageError } from "./errors.js";
export { checks } from "./checks/index.js";
export { loadPosting, parsePosting, listPostingFiles } from "./posting/load.js";
export { extractDocument } from "./extract/index.js";
export { SCHEMA_VERSION } from "./score/index.js";
export { version };

export interface ScoreOptions extends Partial<ExtractOptions> {
  /** Extra folders of postings for job ids. */
  postingsDirs?: string[];
}

/** Reads a resume file and scores it against a posting (an id, a YAML path, or a loaded Posting). */
export async function scoreResume(file: string, job: string | Posting, options: ScoreOptions = {}): Promise<Report> {
  const posting =
    typeof job === "string" ? loadPosting(job, { dirs: options.postingsDirs } satisfies PostingSource) : job;
  const [doc, analyser] = await Promise.all([
    extractDocument(file, { ...defaultExtractOptions, ...options }),
    loadAnalyser(),
  ]);
  return analyse(doc, posting, analyser, version);
}

/**
 * Loads the language model now (it is loaded on first use otherwise), e.g. while a file is being read, and
 * compiles the matchers of the given postings.
 */
export async function warmUp(...postings: Posting[]): Promise<void> {
  const analyser = await loadAnalyser();
  for (const posting of postings) postingIndex(posting, analyser);
}

/** Scores an already extracted Document. */
export async function scoreDocument(doc: Document, posting: Posting): Promise<Report> {
  return analyse(doc, posting, await loadAnalyser(), version);
}
