import { TermIndex, compileTerms } from "../nlp/match.js";
import type { Analyser } from "../nlp/analyser.js";
import type { Posting, Report } from "../types.js";
import { coreUnits, unitCredit } from "./formula.js";
import type { TextUnit } from "./units.js";

/** A keyword found only in a stuffed block: an ATS search sees it, a recruiter discounts it. */
const STUFFED_KEYWORD_CREDIT = 0.25;
const KEYWORD_WEIGHTS = { core: 0.5, area: 0.35, preferred: 0.15 } as const;

/** The posting's literal keywords (or each skill's name) as terms without aliases: what an ATS search types. */
function keywordIndex(posting: Posting, analyser: Analyser): TermIndex {
  const literal = posting.skills.map((skill) => ({
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

/** Counts literal keyword hits per skill and scores them; stuffed blocks count a quarter. */
export function scoreKeywords(
  posting: Posting,
  units: TextUnit[],
  stuffedUnits: Set<number>,
  analyser: Analyser,
): { score: number; keywords: Report["keywords"] } {
  const index = keywordIndex(posting, analyser);
  const counts = new Map<string, { count: number; credit: number }>();
  for (const unit of units) {
    for (const hit of index.find(unit.tokens, { listContext: unit.section === "skills" })) {
      const entry = counts.get(hit.term.skillId) ?? { count: 0, credit: 0 };
      entry.count++;
      entry.credit = Math.max(entry.credit, stuffedUnits.has(unit.id) ? STUFFED_KEYWORD_CREDIT : 1);
      counts.set(hit.term.skillId, entry);
    }
  }
  const credit = (skillId: string) => counts.get(skillId)?.credit ?? 0;
  const units_ = coreUnits(posting);
  const areaShares = posting.areas.map((area) => {
    const members = posting.skills.filter((skill) => skill.area === area.id);
    return members.length === 0 ? 0 : members.reduce((sum, skill) => sum + credit(skill.id), 0) / members.length;
  });
  const parts = [
    { value: unitCredit(units_, credit, "required"), weight: KEYWORD_WEIGHTS.core },
    { value: areaShares.length > 0 ? Math.max(...areaShares) : undefined, weight: KEYWORD_WEIGHTS.area },
    { value: unitCredit(units_, credit, "preferred"), weight: KEYWORD_WEIGHTS.preferred },
  ].filter((part): part is { value: number; weight: 0.5 | 0.35 | 0.15 } => part.value !== undefined);
  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  const score =
    total === 0 ? 0 : Math.round((100 * parts.reduce((sum, part) => sum + part.value * part.weight, 0)) / total);
  const keywords = posting.skills.map((skill) => {
    const entry = counts.get(skill.id);
    return {
      keyword: skill.keywords[0] ?? skill.name,
      skillId: skill.id,
      found: (entry?.count ?? 0) > 0,
      count: entry?.count ?? 0,
    };
  });
  return { score, keywords };
}
