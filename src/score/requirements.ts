import { degreeRank, findDegrees, highestDegree, type DegreeLevel } from "../analyse/education.js";
import type { AreaResult, Document, Evidence, Posting, Requirement, RequirementResult, SkillMatch } from "../types.js";
import { KEYWORD_BLOCK_STRENGTH, MATCHED_CREDIT } from "./skills.js";

/** A domain area counts as shown when this share of its skills is covered, with two real matches. */
export const AREA_MET_COVERAGE = 0.35;
const AREA_MIN_MATCHES = 2;
/** Evidence at least this strong shows a skill in use; a skills-list entry (0.55) only names it. */
const SHOWN_STRENGTH = 0.6;

/** The posting's first start year; dates on the resume are read against it, never against today. */
export function referenceYear(posting: Posting, doc: Document): number {
  const fromPosting = posting.startDates
    .map((date) => /\b(20\d\d)\b/.exec(date)?.[1])
    .filter(Boolean)
    .map(Number);
  if (fromPosting.length > 0) return Math.min(...fromPosting);
  const fromResume = doc.lines.flatMap((line) =>
    [...line.text.matchAll(/\b(20\d\d)\b/g)].map((match) => Number(match[1])),
  );
  return fromResume.length > 0 ? Math.max(...fromResume) : 2026;
}

const lineEvidence = (doc: Document, line: number): Evidence => ({
  text: doc.lines[line].text,
  line,
  page: doc.lines[line].page,
  section: doc.lines[line].section,
  kind: "exact",
  strength: 1,
  hedged: false,
});

function educationResult(
  requirement: Requirement,
  doc: Document,
  posting: Posting,
): Omit<RequirementResult, "id" | "label" | "importance"> {
  const wanted = posting.education.level as DegreeLevel;
  const degrees = findDegrees(doc, referenceYear(posting, doc));
  const highest = highestDegree(degrees);
  const atLevel = degrees.filter((degree) => degreeRank(degree.level) >= degreeRank(wanted));
  const evidence = (atLevel.length > 0 ? atLevel : degrees).slice(0, 2).map((degree) => lineEvidence(doc, degree.line));
  if (atLevel.length === 0) {
    return {
      status: "not-met",
      reason: highest === "none" ? "no-degree-found" : `highest-degree-${highest}`,
      evidence,
      satisfiedBy: [],
    };
  }
  const fields = posting.education.fields.map((field) => field.toLowerCase());
  const educationText = doc.lines
    .filter((line) => line.section === "education")
    .map((line) => line.text.toLowerCase())
    .join(" ");
  const fieldNamed = fields.length === 0 || fields.some((field) => educationText.includes(field));
  if (posting.education.enrolled) {
    const enrolled = atLevel.find((degree) => degree.status === "enrolled");
    if (enrolled) {
      return {
        status: fieldNamed ? "met" : "unclear",
        reason: fieldNamed ? "enrolled" : "enrolled-field-unlisted",
        evidence: [lineEvidence(doc, enrolled.line)],
        satisfiedBy: [enrolled.level],
      };
    }
    const completed = atLevel.every((degree) => degree.status === "completed");
    return {
      status: completed ? "not-met" : "unclear",
      reason: completed ? "degree-completed" : "enrolment-unclear",
      evidence,
      satisfiedBy: [],
    };
  }
  void requirement;
  return {
    status: fieldNamed ? "met" : "unclear",
    reason: fieldNamed ? "degree-found" : "field-unlisted",
    evidence,
    satisfiedBy: [highest],
  };
}

function anySkillResult(
  requirement: Requirement,
  matches: Map<string, SkillMatch>,
): Omit<RequirementResult, "id" | "label" | "importance"> {
  const members = requirement.skills
    .map((id) => matches.get(id))
    .filter((match): match is SkillMatch => match !== undefined);
  const matched = members.filter((match) => match.credit >= MATCHED_CREDIT).sort((a, b) => b.credit - a.credit);
  const partial = members
    .filter((match) => match.credit > 0 && match.credit < MATCHED_CREDIT)
    .sort((a, b) => b.credit - a.credit);
  const evidence = [...matched, ...partial].flatMap((match) => match.evidence.slice(0, 1)).slice(0, 3);
  // A hard requirement is met by a skill shown in use (work, publications, education), not by a list entry.
  const shown = matched.filter((match) => (match.evidence[0]?.strength ?? 0) >= SHOWN_STRENGTH);
  if (shown.length >= requirement.min) {
    return { status: "met", reason: "evidence", evidence, satisfiedBy: shown.map((match) => match.skillId) };
  }
  if (matched.length >= requirement.min) {
    return { status: "unclear", reason: "listed-only", evidence, satisfiedBy: [] };
  }
  if (matched.length + partial.length > 0) {
    const onlyBlock = partial.every((match) => match.evidence.every((item) => item.strength <= KEYWORD_BLOCK_STRENGTH));
    return { status: "unclear", reason: onlyBlock ? "keyword-block-only" : "weak-evidence", evidence, satisfiedBy: [] };
  }
  return { status: "not-met", reason: "no-evidence", evidence: [], satisfiedBy: [] };
}

function anyAreaResult(
  requirement: Requirement,
  areas: AreaResult[],
  matches: Map<string, SkillMatch>,
): Omit<RequirementResult, "id" | "label" | "importance"> {
  const shown = areas.filter((area) => area.coverage >= AREA_MET_COVERAGE && area.matched.length >= AREA_MIN_MATCHES);
  const evidenceFor = (area: AreaResult) => area.matched.flatMap((id) => matches.get(id)?.evidence.slice(0, 1) ?? []);
  if (shown.length >= requirement.min) {
    return {
      status: "met",
      reason: "area-depth",
      evidence: shown.slice(0, 2).flatMap(evidenceFor).slice(0, 4),
      satisfiedBy: shown.map((area) => area.id),
    };
  }
  const touched = areas.filter((area) => area.coverage > 0);
  if (touched.length > 0) {
    return {
      status: "unclear",
      reason: "area-shallow",
      evidence: evidenceFor(touched[0]).slice(0, 3),
      satisfiedBy: [],
    };
  }
  return { status: "not-met", reason: "no-area", evidence: [], satisfiedBy: [] };
}

function contactResult(doc: Document, posting: Posting): Omit<RequirementResult, "id" | "label" | "importance"> {
  const asked = posting.application.contact;
  const present = asked.filter((field) => doc.contact[field] !== undefined);
  const missing = asked.filter((field) => !present.includes(field));
  const evidence = present.map((field) => lineEvidence(doc, doc.contact[field]!.line));
  if (missing.length === 0) return { status: "met", reason: "complete", evidence, satisfiedBy: present };
  // City and state without a street is half an address.
  const onlyStreetMissing = missing.length === 1 && missing[0] === "address" && doc.contact.location !== undefined;
  return {
    status: onlyStreetMissing || present.length > 0 ? "unclear" : "not-met",
    reason: `missing-${missing.join("-")}`,
    evidence,
    satisfiedBy: present,
  };
}

function sectionResult(doc: Document, posting: Posting): Omit<RequirementResult, "id" | "label" | "importance"> {
  const asked = posting.application.sections;
  const present = asked.filter((id) => doc.sections.some((section) => section.id === id));
  const evidence = present.map((id) =>
    lineEvidence(doc, doc.sections.find((section) => section.id === id)!.headingLine),
  );
  if (present.length === asked.length)
    return { status: "met", reason: "sections-present", evidence, satisfiedBy: present };
  const missing = asked.filter((id) => !present.includes(id));
  return {
    status: present.length > 0 ? "unclear" : "not-met",
    reason: `missing-${missing.join("-")}`,
    evidence,
    satisfiedBy: present,
  };
}

/** Evaluates every qualification of the posting into met / not met / unclear with evidence. */
export function evaluateRequirements(
  doc: Document,
  posting: Posting,
  matches: SkillMatch[],
  softMatches: SkillMatch[],
  areas: AreaResult[],
): RequirementResult[] {
  const byId = new Map([...matches, ...softMatches].map((match) => [match.skillId, match]));
  return posting.requirements.map((requirement) => {
    const result =
      requirement.kind === "education"
        ? educationResult(requirement, doc, posting)
        : requirement.kind === "any-area"
          ? anyAreaResult(requirement, areas, byId)
          : requirement.kind === "contact"
            ? contactResult(doc, posting)
            : requirement.kind === "section"
              ? sectionResult(doc, posting)
              : anySkillResult(requirement, byId);
    return { id: requirement.id, label: requirement.label, importance: requirement.importance, ...result };
  });
}
