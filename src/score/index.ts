import { runChecks, formatScore } from "../checks/index.js";
import { expandConcept } from "../kb/index.js";
import type { Analyser } from "../nlp/analyser.js";
import { TermIndex, compileTerms } from "../nlp/match.js";
import type { Document, Posting, Report } from "../types.js";
import { areaResults, overallScore, requirementsScore, skillsScore } from "./formula.js";
import { scoreKeywords } from "./keywords.js";
import { evaluateRequirements, referenceYear } from "./requirements.js";
import {
  detectHiddenStuffing,
  detectStuffing,
  findOccurrences,
  scoreConcepts,
  type SkillOccurrence,
} from "./skills.js";
import { buildUnits, type TextUnit } from "./units.js";

export const SCHEMA_VERSION = 1;

const indexCache = new WeakMap<Posting, TermIndex>();
/** The matcher for a posting: its concepts expanded from the knowledge base, compiled once per posting. */
export function postingIndex(posting: Posting, analyser: Analyser): TermIndex {
  let index = indexCache.get(posting);
  if (!index) {
    // Each concept takes on the aliases of its knowledge-base entries (see src/kb), so a posting naming
    // "PyTorch" also finds "torch" and "PyTorch Lightning".
    const concepts = [...posting.skills, ...posting.softSkills].map(expandConcept);
    index = new TermIndex(compileTerms(concepts, analyser), analyser);
    indexCache.set(posting, index);
  }
  return index;
}

/** A resume's units do not depend on the posting: one tokenisation serves every job it is scored against. */
const unitsCache = new WeakMap<Document, { visible: TextUnit[]; hidden: TextUnit[] }>();
function documentUnits(doc: Document, analyser: Analyser) {
  let units = unitsCache.get(doc);
  if (!units) {
    units = { visible: buildUnits(doc, analyser), hidden: buildUnits(doc, analyser, { hidden: true }) };
    unitsCache.set(doc, units);
  }
  return units;
}

/** Scores a Document against a Posting. Pure: same inputs, same Report. */
export function analyse(doc: Document, posting: Posting, analyser: Analyser, toolVersion: string): Report {
  const { visible: units, hidden: hiddenUnits } = documentUnits(doc, analyser);
  const pageOfLine = (line: number) => doc.lines[line]?.page ?? 1;
  const index = postingIndex(posting, analyser);
  const occurrences = findOccurrences(units, index, pageOfLine, referenceYear(posting, doc));
  const isPostingSkill = (item: SkillOccurrence) => posting.skills.some((skill) => skill.id === item.skillId);
  const stuffing = detectStuffing(occurrences.filter(isPostingSkill));
  const hidden = findOccurrences(hiddenUnits, index, pageOfLine);
  stuffing.findings.push(...detectHiddenStuffing(hidden.filter(isPostingSkill)));
  const skills = scoreConcepts(posting.skills, occurrences, stuffing.units);
  const softSkills = scoreConcepts(posting.softSkills, occurrences, stuffing.units);
  const areas = areaResults(posting, skills);
  const requirements = evaluateRequirements(doc, posting, skills, softSkills, areas);
  const keywords = scoreKeywords(posting, units, stuffing.units, analyser);
  const words = units.reduce((sum, unit) => sum + unit.words, 0);
  const findings = runChecks({ doc, posting, matchFindings: stuffing.findings, words });
  const readable = !findings.some((finding) => finding.checkId === "no-text");
  const subScores = {
    keywords: readable ? keywords.score : 0,
    skills: readable ? skillsScore(posting, skills, softSkills, areas) : 0,
    requirements: readable ? requirementsScore(requirements, posting) : 0,
    format: readable ? formatScore(findings) : 0,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "ats-score", version: toolVersion },
    resume: { path: doc.source.path, format: doc.source.format, pages: doc.facts.pageCount, words },
    job: { id: posting.id, title: posting.title, company: posting.company },
    readable,
    scores: { overall: readable ? overallScore(subScores) : 0, ...subScores },
    requirements,
    areas,
    skills,
    softSkills,
    keywords: keywords.keywords,
    ...(keywords.otherKeywords ? { otherKeywords: keywords.otherKeywords } : {}),
    sections: doc.sections
      .filter((section) => section.headingLine >= 0)
      .map((section) => ({ id: section.id, heading: section.heading, line: section.headingLine })),
    contact: doc.contact,
    findings,
  };
}
