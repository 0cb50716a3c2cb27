import type { TermHit, TermIndex } from "../nlp/match.js";
import type { Evidence, Finding, MatchKind, SkillConcept, SkillMatch } from "../types.js";
import { WORK_SECTIONS, recencyFactor, unitStrength, type TextUnit } from "./units.js";

/** Words before a mention that deny it: "no experience with", "never used", "without". */
const NEGATION = /\b(?:no|not|never|without|lack|lacking|non|none)\b/;
/**
 * Words before a mention that weaken it: "basic exposure to", "familiar with", "currently learning",
 * "interested in". Plain "learning" or "some" are not cues ("machine learning with PyTorch").
 */
const HEDGE =
  /\b(?:basic|beginner|limited|introductory|novice|elementary|minimal|exposure|familiar|familiarity|aspiring|some (?:experience|exposure|familiarity|knowledge)|(?:currently|now|still) learning|learning to use|interested in|want to learn|hope to)\b/;
/** The same cues written after the mention: "PyTorch (basic)", "Go - beginner". */
const TRAILING_HEDGE = /^\s*[(\-–:]\s*(?:basic|beginner|novice|elementary|limited|learning|familiar)\b/;
const CUE_WINDOW = 5;
/** Hidden text naming this many posting concepts is reported as stuffing. */
const HIDDEN_STUFFING_TERMS = 3;

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

/** Looks a few words back from a hit for "no experience with" or "basic exposure to", and just after it. */
export function cues(unit: TextUnit, hit: TermHit): { negated: boolean; hedged: boolean } {
  const before: string[] = [];
  for (let position = hit.first - 1; position >= 0 && before.length < CUE_WINDOW; position--) {
    const token = unit.tokens[position];
    if (token.punctuation) {
      if (/[.;:]/.test(token.text)) break;
      continue;
    }
    before.unshift(token.text.toLowerCase());
  }
  const window = before.join(" ");
  const after = unit.text.slice(unit.tokens[hit.last].end, unit.tokens[hit.last].end + 24).toLowerCase();
  return { negated: NEGATION.test(window), hedged: HEDGE.test(window) || TRAILING_HEDGE.test(after) };
}

/** Finds every occurrence of every concept in the units, with its evidence. */
export function findOccurrences(
  units: TextUnit[],
  index: TermIndex,
  pageOfLine: (line: number) => number,
  referenceYear?: number,
): SkillOccurrence[] {
  const occurrences: SkillOccurrence[] = [];
  for (const unit of units) {
    // Older work counts a little less; dates are read against the posting's year to stay deterministic.
    const recency =
      referenceYear !== undefined && WORK_SECTIONS.has(unit.section) ? recencyFactor(unit.endYear, referenceYear) : 1;
    const strength = round(unitStrength(unit) * recency);
    const options = { listContext: unit.section === "skills" };
    const named = index.find(unit.tokens, options);
    // A skill not named in the unit may still be described there by its words apart (partial credit only);
    // outside work bullets a line is read as a list, whose items do not describe one thing together.
    const described = index.findScattered(unit.tokens, { list: !WORK_SECTIONS.has(unit.section) }, named);
    for (const hit of [...named, ...described]) {
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
          strength: negated ? 0 : hedged ? round(strength * 0.5) : strength,
          hedged: negated || hedged,
          ...(typeof unit.endYear === "number" && recency < 1 ? { year: unit.endYear } : {}),
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

/**
 * Hidden text (white, invisible, tiny or off-page) that names posting concepts: an ATS may index it, a
 * recruiter never sees it. It earns no credit (hidden lines are not matched for the score) and is reported.
 */
export function detectHiddenStuffing(hiddenOccurrences: SkillOccurrence[]): Finding[] {
  const concepts = [...new Set(hiddenOccurrences.map((occurrence) => occurrence.skillId))].sort();
  if (concepts.length < HIDDEN_STUFFING_TERMS) return [];
  return [
    {
      checkId: "keyword-stuffing",
      severity: "warning",
      data: {
        section: "hidden",
        hidden: true,
        terms: concepts.length,
        unsupported: concepts.length,
        examples: concepts.slice(0, 6),
      },
      location: { line: hiddenOccurrences[0].evidence.line, page: hiddenOccurrences[0].evidence.page },
    },
  ];
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
