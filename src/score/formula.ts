import type { AreaResult, Posting, RequirementResult, RequirementStatus, SkillMatch } from "../types.js";

/**
 * The score formula, written out in the README. Every sub-score is 0..100.
 *
 * skills   = 100 × (0.45 domain + 0.40 core + 0.10 preferred + 0.05 soft), where
 *   domain    = min(1, best area coverage + 0.15 × mean of the next two): depth in one area counts
 *               fully, breadth adds a little;
 *   core      = weighted mean over the core (area-less, required) skills, where each "at least one of"
 *               group counts once, by its best member ("two of": the mean of its best two; a requirement
 *               that asks for all its skills is no group);
 *   preferred = the same over preferred skills; soft = mean credit of the soft skills.
 * keywords = share of the skills' literal keywords found (groups and areas treated as for skills;
 *            hits inside a keyword-stuffing block count a quarter); when the posting lists other keywords,
 *            0.5 that share + 0.5 the weighted share of its other keywords found.
 * requirements = weighted share of the checklist: met 1, unclear 0.5, not met 0.
 * format   = 100 minus 30 per error and 10 per warning from the format checks.
 * overall  = 0.35 skills + 0.25 requirements + 0.20 keywords + 0.20 format; 0 when unreadable.
 */
export const OVERALL_WEIGHTS = { skills: 0.35, requirements: 0.25, keywords: 0.2, format: 0.2 } as const;
const SKILL_WEIGHTS = { domain: 0.45, core: 0.4, preferred: 0.1, soft: 0.05 } as const;
const BREADTH_BONUS = 0.15;
/** The part of the keyword score the posting's other keywords take when it has skills' keywords too. */
const OTHER_KEYWORDS_SHARE = 0.5;
const STATUS_VALUE: Record<RequirementStatus, number> = { met: 1, unclear: 0.5, "not-met": 0 };

export interface CreditUnit {
  /** Skill ids that satisfy the unit; the best `min` of them count. */
  skills: string[];
  /** How many members the posting asks for ("at least two of"): the unit's credit is their mean. */
  min: number;
  weight: number;
  importance: "required" | "preferred";
}

/**
 * Core and preferred credit units: "at least one of" (or "two of") groups count once; other skills on their
 * own. A requirement that asks for all its skills ("X, Y and Z") is no group: each of them counts.
 */
export function coreUnits(posting: Posting): CreditUnit[] {
  const grouped = new Set<string>();
  const units: CreditUnit[] = [];
  const skillById = new Map(posting.skills.map((skill) => [skill.id, skill]));
  for (const requirement of posting.requirements) {
    if (requirement.kind !== "any-skill") continue;
    const members = requirement.skills.filter((id) => skillById.has(id) && !skillById.get(id)!.area);
    if (members.length === 0 || (members.length > 1 && requirement.min >= requirement.skills.length)) continue;
    members.forEach((id) => grouped.add(id));
    const min = Math.min(requirement.min, members.length);
    units.push({ skills: members, min, weight: requirement.weight, importance: requirement.importance });
  }
  for (const skill of posting.skills) {
    if (skill.area || grouped.has(skill.id)) continue;
    units.push({ skills: [skill.id], min: 1, weight: 0.5, importance: skill.importance });
  }
  return units;
}

export function areaResults(posting: Posting, matches: SkillMatch[]): AreaResult[] {
  return posting.areas
    .map((area) => {
      const members = matches.filter((match) => match.area === area.id);
      const coverage =
        members.length === 0 ? 0 : members.reduce((sum, match) => sum + match.credit, 0) / members.length;
      return {
        id: area.id,
        name: area.name,
        coverage: Math.round(coverage * 1000) / 1000,
        matched: members.filter((match) => match.status === "matched").map((match) => match.skillId),
      };
    })
    .sort((a, b) => b.coverage - a.coverage || a.id.localeCompare(b.id));
}

/** Depth in the best area, plus a little for breadth over the next two. */
export function domainCredit(areas: AreaResult[]): number {
  if (areas.length === 0) return 1;
  const [best, ...rest] = areas;
  const next = rest.slice(0, 2);
  const breadth = next.length === 0 ? 0 : next.reduce((sum, area) => sum + area.coverage, 0) / next.length;
  return Math.min(1, best.coverage + BREADTH_BONUS * breadth);
}

const weightedMean = (items: { value: number; weight: number }[]): number | undefined => {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  return total === 0 ? undefined : items.reduce((sum, item) => sum + item.value * item.weight, 0) / total;
};

/** The mean of the `count` highest values. */
const bestMean = (values: number[], count: number) =>
  [...values]
    .sort((a, b) => b - a)
    .slice(0, count)
    .reduce((sum, value) => sum + value, 0) / count;

export function unitCredit(
  units: CreditUnit[],
  credit: (skillId: string) => number,
  importance: CreditUnit["importance"],
) {
  return weightedMean(
    units
      .filter((unit) => unit.importance === importance)
      .map((unit) => ({ value: bestMean(unit.skills.map(credit), unit.min), weight: unit.weight })),
  );
}

export function skillsScore(posting: Posting, matches: SkillMatch[], soft: SkillMatch[], areas: AreaResult[]): number {
  const byId = new Map(matches.map((match) => [match.skillId, match.credit]));
  const credit = (id: string) => byId.get(id) ?? 0;
  const units = coreUnits(posting);
  const parts: { value: number | undefined; weight: number }[] = [
    { value: posting.areas.length > 0 ? domainCredit(areas) : undefined, weight: SKILL_WEIGHTS.domain },
    { value: unitCredit(units, credit, "required"), weight: SKILL_WEIGHTS.core },
    { value: unitCredit(units, credit, "preferred"), weight: SKILL_WEIGHTS.preferred },
    {
      value: soft.length > 0 ? soft.reduce((sum, match) => sum + match.credit, 0) / soft.length : undefined,
      weight: SKILL_WEIGHTS.soft,
    },
  ];
  const present = parts.filter((part): part is { value: number; weight: number } => part.value !== undefined);
  return Math.round(100 * (weightedMean(present) ?? 0));
}

/** The keyword score from the share of skills' keywords and of other keywords found (undefined: none listed). */
export function keywordScore(skillShare: number | undefined, otherShare: number | undefined): number {
  const parts = [
    { value: skillShare, weight: 1 - OTHER_KEYWORDS_SHARE },
    { value: otherShare, weight: OTHER_KEYWORDS_SHARE },
  ].filter((part): part is { value: number; weight: number } => part.value !== undefined);
  return Math.round(100 * (weightedMean(parts) ?? 0));
}

export function requirementsScore(results: RequirementResult[], posting: Posting): number {
  const weights = new Map(posting.requirements.map((requirement) => [requirement.id, requirement.weight]));
  const mean = weightedMean(
    results.map((result) => ({ value: STATUS_VALUE[result.status], weight: weights.get(result.id) ?? 1 })),
  );
  return Math.round(100 * (mean ?? 1));
}

export function overallScore(scores: {
  skills: number;
  requirements: number;
  keywords: number;
  format: number;
}): number {
  return Math.round(
    OVERALL_WEIGHTS.skills * scores.skills +
      OVERALL_WEIGHTS.requirements * scores.requirements +
      OVERALL_WEIGHTS.keywords * scores.keywords +
      OVERALL_WEIGHTS.format * scores.format,
  );
}
