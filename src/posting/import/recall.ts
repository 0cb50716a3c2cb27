/**
 * How much of a posting's own skills list an imported spec recovers: an entry counts when the spec has a
 * concept whose name, keyword, alias or acronym the matcher finds in the entry's text (a related term
 * does not count). Used by the tests and scripts/import-eval.mjs.
 */
import { expandConcept } from "../../kb/index.js";
import type { Analyser } from "../../nlp/analyser.js";
import { TermIndex, compileTerms } from "../../nlp/match.js";
import type { Posting } from "../../types.js";

export interface RecallResult {
  recovered: { entry: string; skillIds: string[] }[];
  missed: string[];
  /** recovered / entries, 0..1. */
  recall: number;
}

export function listedSkillRecall(posting: Posting, entries: string[], analyser: Analyser): RecallResult {
  const concepts = [...posting.skills, ...posting.softSkills].map(expandConcept);
  const index = new TermIndex(compileTerms(concepts, analyser), analyser);
  const recovered: RecallResult["recovered"] = [];
  const missed: string[] = [];
  for (const entry of entries) {
    const hits = index.find(analyser.tokenize(entry), { listContext: true }).filter((hit) => hit.kind !== "related");
    if (hits.length > 0) recovered.push({ entry, skillIds: [...new Set(hits.map((hit) => hit.term.skillId))] });
    else missed.push(entry);
  }
  return { recovered, missed, recall: entries.length === 0 ? 0 : recovered.length / entries.length };
}
