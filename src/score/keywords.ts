import { expandConcept } from "../kb/index.js";
import { TermIndex, compileTerms } from "../nlp/match.js";
import type { Analyser } from "../nlp/analyser.js";
import type { Posting, Report, SkillConcept } from "../types.js";
import { coreUnits, keywordScore, unitCredit } from "./formula.js";
import type { TextUnit } from "./units.js";

/** A keyword found only in a stuffed block: an ATS search sees it, a recruiter discounts it. */
const STUFFED_KEYWORD_CREDIT = 0.25;
const KEYWORD_WEIGHTS = { core: 0.5, area: 0.35, preferred: 0.15 } as const;

/**
 * The posting's literal keywords (or each skill's name) as terms without aliases: what an ATS search types.
 * Context and case rules come from the skill as the knowledge base expands it, as for skill matching, so a
 * bundled posting (compiled already expanded) and the same posting read from YAML count alike.
 */
function skillKeywordIndex(posting: Posting, analyser: Analyser): TermIndex {
  const literal = posting.skills.map(expandConcept).map((skill) => ({
    ...skill,
    name: skill.keywords[0] ?? skill.name,
    keywords: skill.keywords.length > 0 ? skill.keywords : [skill.name],
    aliases: [],
    related: [],
    // Acronyms the posting itself uses are keywords too ("LLMs", "DDP").
    acronyms: skill.acronyms.filter((acronym) => skill.keywords.includes(acronym) || skill.name.includes(acronym)),
  }));
  return new TermIndex(compileTerms(literal, analyser), analyser);
}

/** The posting's other keywords as plain terms, one per entry, id'd by position. */
function otherKeywordIndex(posting: Posting, analyser: Analyser): TermIndex {
  const terms: SkillConcept[] = (posting.keywords ?? []).map((keyword, position) => ({
    id: otherKeywordId(position),
    name: keyword.term,
    aliases: [],
    acronyms: [],
    related: [],
    context: [],
    importance: "required",
    keywords: [],
  }));
  return new TermIndex(compileTerms(terms, analyser), analyser);
}

const otherKeywordId = (position: number) => `keyword-${position}`;

/** Both indexes depend on the posting only: compiled once per posting, not once per resume. */
const indexCache = new WeakMap<Posting, { skills: TermIndex; others: TermIndex }>();
function keywordIndexes(posting: Posting, analyser: Analyser) {
  let indexes = indexCache.get(posting);
  if (!indexes) {
    indexes = { skills: skillKeywordIndex(posting, analyser), others: otherKeywordIndex(posting, analyser) };
    indexCache.set(posting, indexes);
  }
  return indexes;
}

/** Hits per term id in the resume's units: how many, and the best credit (a stuffed block counts a quarter). */
function countHits(index: TermIndex, units: TextUnit[], stuffedUnits: Set<number>) {
  const counts = new Map<string, { count: number; credit: number }>();
  for (const unit of units) {
    for (const hit of index.find(unit.tokens, { listContext: unit.section === "skills" })) {
      const entry = counts.get(hit.term.skillId) ?? { count: 0, credit: 0 };
      entry.count++;
      entry.credit = Math.max(entry.credit, stuffedUnits.has(unit.id) ? STUFFED_KEYWORD_CREDIT : 1);
      counts.set(hit.term.skillId, entry);
    }
  }
  return counts;
}

/** Share of the skills' literal keywords present: core, best area and preferred parts; undefined with no skills. */
function skillKeywordShare(posting: Posting, credit: (skillId: string) => number): number | undefined {
  const units = coreUnits(posting);
  const areaShares = posting.areas.map((area) => {
    const members = posting.skills.filter((skill) => skill.area === area.id);
    return members.length === 0 ? 0 : members.reduce((sum, skill) => sum + credit(skill.id), 0) / members.length;
  });
  const parts = [
    { value: unitCredit(units, credit, "required"), weight: KEYWORD_WEIGHTS.core },
    { value: areaShares.length > 0 ? Math.max(...areaShares) : undefined, weight: KEYWORD_WEIGHTS.area },
    { value: unitCredit(units, credit, "preferred"), weight: KEYWORD_WEIGHTS.preferred },
  ].filter((part): part is { value: number; weight: 0.5 | 0.35 | 0.15 } => part.value !== undefined);
  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  return total === 0 ? undefined : parts.reduce((sum, part) => sum + part.value * part.weight, 0) / total;
}

/** Weighted share of the posting's other keywords present; undefined when it has none. */
function otherKeywordShare(posting: Posting, credit: (id: string) => number): number | undefined {
  const keywords = posting.keywords ?? [];
  const total = keywords.reduce((sum, keyword) => sum + keyword.weight, 0);
  if (total === 0) return undefined;
  return (
    keywords.reduce((sum, keyword, position) => sum + keyword.weight * credit(otherKeywordId(position)), 0) / total
  );
}

/** Counts literal keyword hits (skills' keywords and the posting's other keywords) and scores them. */
export function scoreKeywords(
  posting: Posting,
  units: TextUnit[],
  stuffedUnits: Set<number>,
  analyser: Analyser,
): { score: number; keywords: Report["keywords"]; otherKeywords?: Report["otherKeywords"] } {
  const indexes = keywordIndexes(posting, analyser);
  const skillCounts = countHits(indexes.skills, units, stuffedUnits);
  const otherCounts = countHits(indexes.others, units, stuffedUnits);
  const score = keywordScore(
    skillKeywordShare(posting, (id) => skillCounts.get(id)?.credit ?? 0),
    otherKeywordShare(posting, (id) => otherCounts.get(id)?.credit ?? 0),
  );
  const keywords = posting.skills.map((skill) => {
    const entry = skillCounts.get(skill.id);
    return {
      keyword: skill.keywords[0] ?? skill.name,
      skillId: skill.id,
      found: (entry?.count ?? 0) > 0,
      count: entry?.count ?? 0,
    };
  });
  const others = posting.keywords ?? [];
  if (others.length === 0) return { score, keywords };
  const otherKeywords = others.map((keyword, position) => {
    const count = otherCounts.get(otherKeywordId(position))?.count ?? 0;
    return { keyword: keyword.term, weight: keyword.weight, found: count > 0, count };
  });
  return { score, keywords, otherKeywords };
}
