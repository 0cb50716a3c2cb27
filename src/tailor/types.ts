import type { Scores, SectionId } from "../types.js";

/** A change to a copy of the Document, used to re-score and (when safe) to rewrite the resume. */
export type DocumentEdit =
  | { type: "replace-in-line"; line: number; find: string; replace: string }
  | { type: "append-to-line"; line: number; text: string }
  | { type: "remove-lines"; lines: number[] }
  | { type: "rename-heading"; line: number; heading: string }
  | { type: "move-to-body"; lines: number[] }
  | { type: "move-lines"; lines: number[]; before: number }
  | { type: "add-lines"; section: SectionId; texts: string[] }
  /** Simulates a layout fix (re-export as one column, no tables...) to measure what it is worth. */
  | { type: "fix-layout"; fix: LayoutFix };

export type LayoutFix =
  | "single-column"
  | "no-tables"
  | "bands-to-body"
  | "remove-hidden"
  | "no-images"
  | "collapse-letter-spacing"
  | "plain-bullets"
  | "plain-text-boxes"
  | "clean-fonts";

export type SuggestionCategory = "keywords" | "skills" | "experience" | "format";

export type SuggestionKind =
  | "mirror-term"
  | "remove-keyword-block"
  | "reduce-repetition"
  | "add-confirmed-skill"
  | "surface-related"
  | "skill-gap"
  | "reorder-entry"
  | "lead-with-verb"
  | "add-outcome"
  | "move-contact"
  | "rename-heading"
  | "add-contact"
  | "fix-format";

export interface Suggestion {
  /** Stable id: kind plus what it is about ("mirror-term:pytorch"). */
  id: string;
  kind: SuggestionKind;
  category: SuggestionCategory;
  priority: "high" | "medium" | "low";
  /** Overall-score points gained by re-scoring a copy of the Document with `edits` applied. */
  gain: number;
  /** Sub-score deltas behind the gain. */
  gains: Scores;
  /** True when `tailor --write` may apply the edits without inventing anything. */
  safe: boolean;
  /** Machine-readable facts the sentence is built from. */
  data: Record<string, string | number | boolean | string[]>;
  /** Where: the extracted line, and for text input the 1-based line of the file to edit. */
  location?: { line: number; page: number; section: SectionId; fileLine?: number };
  edits: DocumentEdit[];
}

/** How one qualification of the posting is supported by the resume. */
export interface QualificationAlignment {
  id: string;
  label: string;
  status: "met" | "not-met" | "unclear";
  /** Best supporting lines, strongest first. */
  support: { line: number; page: number; section: SectionId; text: string; fileLine?: number }[];
}

export interface TailorPlan {
  schemaVersion: 1;
  job: { id: string; title: string; company: string };
  resume: { path: string; format: string };
  scores: Scores;
  /** Score if every suggestion with a positive gain were applied together. */
  potential: Scores;
  suggestions: Suggestion[];
  alignment: QualificationAlignment[];
}
