import type { TermHit, TermIndex } from "../nlp/match.js";
import type { Evidence, Finding, MatchKind, SkillConcept, SkillMatch } from "../types.js";
import { unitStrength, type TextUnit } from "./units.js";

const NEGATION = new Set(["no", "not", "never", "without", "lack", "lacking", "non"]);
const HEDGE = new Set([
  "basic",
  "exposure",
  "beginner",
  "limited",
  "introductory",
  "novice",
  "elementary",
  "minimal",
  "some",
]);
const CUE_WINDOW = 5;

/** Credit multiplier per kind of match: a related term shows the neighbourhood, not the skill. */
const KIND_FACTOR: Record<MatchKind, number> = { exact: 1, lemma: 1, alias: 1, acronym: 1, related: 0.4 };
/** Strength of evidence inside a detected keyword block: it shows the word, not the skill. */
export const KEYWORD_BLOCK_STRENGTH = 0.15;
export const MATCHED_CREDIT = 0.5;

export interface SkillOccurrence {
  skillId: string;
  unit: TextUnit;
  hit: TermHit;
  evidence: Evidence;
}

/** Looks a few words back from a hit for "no experience with" or "basic exposure to". */
function cues(unit: TextUnit, hit: TermHit): { negated: boolean; hedged: boolean } {
  let negated = false;
  let hedged = false;
  let seen = 0;
  for (let position = hit.first - 1; position >= 0 && seen < CUE_WINDOW; position--) {
    const token = unit.tokens[position];
    if (token.punctuation) {
      if (/[.;:]/.test(token.text)) break;
      continue;
    }
    seen++;
    if (NEGATION.has(token.key)) negated = true;
    if (HEDGE.has(token.key)) hedged = true;
  }
  return { negated, hedged };
}

/** Finds every occurrence of every concept in the units, with its evidence. */
export function findOccurrences(
  units: TextUnit[],
  index: TermIndex,
  pageOfLine: (line: number) => number,
): SkillOccurrence[] {
  const occurrences: SkillOccurrence[] = [];
  for (const unit of units) {
    const strength = unitStrength(unit);
    for (const hit of index.find(unit.tokens, { listContext: unit.section === "skills" })) {
      const { negated, hedged } = cues(unit, hit);
      const line = unit.tokenLines[hit.first];
      const text = unit.text.slice(unit.tokens[hit.first].start, unit.tokens[hit.last].end);
      occurrences.push({
        skillId: hit.term.skillId,
        unit,
        hit,
        evidence: {
          text,
          line,
          page: pageOfLine(line),
          section: unit.section,
          kind: hit.kind,
          strength: negated ? 0 : hedged ? strength * 0.5 : strength,
          hedged: negated || hedged,
        },
      });
    }
  }
  return occurrences;
}

/**
 * Keyword stuffing: a block (skills, summary or untitled lines) naming many posting concepts, most
 * of which nothing else in the resume supports. Returns the stuffed unit ids and findings.
 */
export function detectStuffing(occurrences: SkillOccurrence[]): { units: Set<number>; findings: Finding[] } {
  const listSections = new Set(["skills", "summary", "contact", "other", "interests"]);
  const bySection = new Map<string, SkillOccurrence[]>();
  for (const occurrence of occurrences) {
    if (!listSections.has(occurrence.unit.section) || (occurrence.unit.bullet && occurrence.unit.words > 25)) continue;
    const list = bySection.get(occurrence.unit.section) ?? [];
    list.push(occurrence);
    bySection.set(occurrence.unit.section, list);
  }
  const units = new Set<number>();
  const findings: Finding[] = [];
  for (const [section, list] of bySection) {
    const concepts = new Set(list.map((occurrence) => occurrence.skillId));
    if (concepts.size < 10) continue;
    const supported = [...concepts].filter((skillId) =>
      occurrences.some(
        (occurrence) =>
          occurrence.skillId === skillId && occurrence.unit.section !== section && occurrence.evidence.strength >= 0.7,
      ),
    );
    const share = supported.length / concepts.size;
    if (share >= 0.35) continue;
    const blockUnits = [...new Set(list.map((occurrence) => occurrence.unit))];
    for (const unit of blockUnits) units.add(unit.id);
    const unsupported = [...concepts].filter((skillId) => !supported.includes(skillId)).sort();
    findings.push({
      checkId: "keyword-stuffing",
      severity: "warning",
      data: { section, terms: concepts.size, unsupported: unsupported.length, examples: unsupported.slice(0, 6) },
      location: { line: blockUnits[0].lines[0], path: ["sections", section] },
    });
  }
  return { units, findings };
}

/** Scores each concept from its best evidence; repeating a term adds nothing. */
export function scoreConcepts(
  concepts: SkillConcept[],
  occurrences: SkillOccurrence[],
  stuffedUnits: Set<number>,
): SkillMatch[] {
  const byConcept = new Map<string, SkillOccurrence[]>();
  for (const occurrence of occurrences) {
    const list = byConcept.get(occurrence.skillId) ?? [];
    list.push(occurrence);
    byConcept.set(occurrence.skillId, list);
  }
  return concepts.map((concept) => {
    const found = byConcept.get(concept.id) ?? [];
    const evidence = found
      .map(({ evidence, unit }) =>
        stuffedUnits.has(unit.id)
          ? { ...evidence, strength: Math.min(evidence.strength, KEYWORD_BLOCK_STRENGTH) }
          : evidence,
      )
      .sort((a, b) => b.strength * KIND_FACTOR[b.kind] - a.strength * KIND_FACTOR[a.kind] || a.line - b.line);
    const credits = evidence.map((item) => item.strength * KIND_FACTOR[item.kind]);
    const best = credits[0] ?? 0;
    // A second independent place that shows the skill adds a little; a third adds nothing more.
    const strongUnits = new Set(
      found.filter((_, index) => credits[index] >= MATCHED_CREDIT).map(({ unit }) => unit.id),
    );
    const credit = round(Math.min(1, best + (strongUnits.size >= 2 ? 0.05 : 0)));
    return {
      skillId: concept.id,
      name: concept.name,
      ...(concept.area ? { area: concept.area } : {}),
      importance: concept.importance,
      status: credit >= MATCHED_CREDIT ? "matched" : credit > 0 ? "partial" : "missing",
      credit,
      evidence: dedupeEvidence(evidence).slice(0, 5),
    };
  });
}

/** One piece of evidence per line and text, keeping the strongest. */
function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.line}\u0000${item.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
