/** The limits on what a resume file may ask of the reader (see SECURITY.md); light, for option parsing. */
export interface ExtractOptions {
  /** Files larger than this are refused before parsing (bytes). */
  maxFileBytes: number;
  maxPages: number;
  /** PDF drawing operations per page beyond which the page is refused (a resume page needs a few thousand). */
  maxPageOperations?: number;
}

export const defaultExtractOptions: Required<ExtractOptions> = {
  maxFileBytes: 25 * 1024 * 1024,
  maxPages: 50,
  maxPageOperations: 500_000,
};
