/** What a batch can be ranked by (--sort); light, for option parsing. */
export const SORT_FIELDS = ["overall", "keywords", "skills", "requirements", "format", "file"] as const;
export type SortField = (typeof SORT_FIELDS)[number];
