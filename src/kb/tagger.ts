/**
 * Finds knowledge-base skills in free text (a posting, a sentence): the matcher of src/nlp run with the
 * whole knowledge base as its dictionary. Used by posting import and by `npm run eval`.
 */
import type { Analyser } from "../nlp/analyser.js";
import { TermIndex, compileTerms } from "../nlp/match.js";
import type { MatchKind } from "../types.js";
import { getSkill, knowledgeBase, skillConcept, type KbSkill } from "./index.js";

export interface SkillSpan {
  skill: KbSkill;
  /** Character offsets in the tagged text, and the text there. */
  start: number;
  end: number;
  text: string;
  kind: MatchKind;
}

let taggerIndex: TermIndex | undefined;

/**
 * The whole knowledge base compiled for matching, once per process (about a second): names, aliases and
 * acronyms only, since a related term in a posting names a neighbour, not the skill.
 */
function kbIndex(analyser: Analyser): TermIndex {
  taggerIndex ??= new TermIndex(
    compileTerms(
      knowledgeBase().skills.map((skill) => ({ ...skillConcept(skill), related: [] })),
      analyser,
    ),
    analyser,
  );
  return taggerIndex;
}

/**
 * Skills named in `text`, line by line, longest match first and without overlaps: "machine learning
 * engineer" yields machine learning, not also "learning". Ambiguous names need context as in resumes.
 */
export function tagSkills(text: string, analyser: Analyser): SkillSpan[] {
  const index = kbIndex(analyser);
  const spans: SkillSpan[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const tokens = analyser.tokenize(line);
    const hits = index
      .find(tokens, { listContext: false })
      .map((hit) => ({ hit, start: tokens[hit.first].start, end: tokens[hit.last].end }))
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: [number, number][] = [];
    for (const { hit, start, end } of hits) {
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      const skill = getSkill(hit.term.skillId);
      if (skill)
        spans.push({ skill, start: offset + start, end: offset + end, text: line.slice(start, end), kind: hit.kind });
    }
    offset += line.length + 1;
  }
  return spans.sort((a, b) => a.start - b.start);
}
