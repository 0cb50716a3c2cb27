/**
 * A minimal posting built from raw posting text, for evaluation only (a reviewed import is the job of
 * `ats-score posting import`): every knowledge-base skill the text names becomes a concept, required when
 * a required part names it, preferred otherwise; so do its ten most salient other words and word pairs;
 * the degree level comes from the required part.
 */
import { skillConcept } from "../../dist/kb/index.js";
import { tagSkills } from "../../dist/kb/tagger.js";
import { words } from "./ranking.mjs";

/** Salient words and word pairs taken from each posting besides its knowledge-base skills. */
const SALIENT_TERMS = 10;

const DEGREES = [
  ["phd", /\b(?:ph\.?\s?d|doctora(?:te|l))\b/i],
  ["masters", /\b(?:master'?s|m\.?s\.?c?|mba|m\.?eng)\b(?=.{0,40}degree|\s+in\b|\/)/i],
  [
    "bachelors",
    /\b(?:bachelor'?s|ba\/bs|bs\/ba|b\.?s\.?|b\.?a\.?|undergraduate)\b(?=.{0,40}degree|\s+in\b|\/|\s+or\b)/i,
  ],
];

/** The lowest degree the required text asks for ("BA/BS degree or equivalent" -> bachelors). */
function degreeLevel(text) {
  const found = DEGREES.filter(([, pattern]) => pattern.test(text)).map(([level]) => level);
  return found.length === 0 ? "none" : found[found.length - 1];
}

/** A product only O*NET lists and does not call "hot" is usually a niche tool a posting names by accident. */
const wellKnown = (skill) => skill.hot || skill.kind !== "technology" || skill.sources.length > 1;

const termsOf = (text) => {
  const tokens = words(text).filter((word) => /^[a-z]{3,}$/.test(word));
  return [...tokens, ...tokens.slice(1).map((word, index) => `${tokens[index]} ${word}`)];
};

/** Document frequencies of terms over a corpus of posting texts, for `postingFromText`. */
export function termFrequencies(postingTexts) {
  const frequencies = new Map();
  for (const text of postingTexts)
    for (const term of new Set(termsOf(text))) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return { frequencies, size: postingTexts.length };
}

/**
 * The terms of one posting that other postings rarely use (tf × idf over the posting corpus), as concepts:
 * what an ATS search for this job would type beyond named tools ("account management", "payroll").
 */
function salientConcepts(source, corpus, covered) {
  const counts = new Map();
  const required = new Set();
  for (const part of source.parts) {
    for (const term of termsOf(part.text)) {
      counts.set(term, (counts.get(term) ?? 0) + 1);
      if (part.importance === "required") required.add(term);
    }
  }
  const weight = (term, count) => count * Math.log(corpus.size / (1 + (corpus.frequencies.get(term) ?? 0)));
  return [...counts]
    .filter(([term]) => !covered.some((name) => name.includes(term)))
    .map(([term, count]) => ({ term, weight: weight(term, count) }))
    .filter((item) => item.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1))
    .slice(0, SALIENT_TERMS)
    .map(({ term }) => ({
      id: `term-${term.replace(/\s+/g, "-")}`,
      name: term,
      aliases: [],
      acronyms: [],
      related: [],
      context: [],
      keywords: [term],
      importance: required.has(term) ? "required" : "preferred",
      kb: [],
    }));
}

/**
 * @param {{ id: string, title: string, company?: string, parts: { text: string, importance: "required" | "preferred" }[] }} source
 * @param {ReturnType<typeof termFrequencies>} corpus the posting corpus the salient terms are weighed against
 */
export function postingFromText(source, analyser, corpus) {
  const concepts = new Map();
  for (const { text, importance } of source.parts) {
    for (const span of tagSkills(text, analyser).filter((item) => wellKnown(item.skill))) {
      const existing = concepts.get(span.skill.id);
      if (existing) {
        if (importance === "required") existing.importance = "required";
        if (!existing.keywords.includes(span.text)) existing.keywords.push(span.text);
        continue;
      }
      concepts.set(span.skill.id, { ...skillConcept(span.skill, importance), keywords: [span.text] });
    }
  }
  const required = source.parts
    .filter((part) => part.importance === "required")
    .map((part) => part.text)
    .join("\n");
  const level = degreeLevel(required);
  return {
    id: source.id,
    title: source.title,
    company: source.company ?? "",
    locations: [],
    startDates: [],
    source: "evaluation",
    education: { level, enrolled: false, fields: [] },
    areas: [],
    skills: [
      ...[...concepts.values()].sort((a, b) => a.id.localeCompare(b.id)),
      ...salientConcepts(
        source,
        corpus,
        [...concepts.values()].flatMap((concept) =>
          [concept.name, ...concept.aliases].map((name) => name.toLowerCase()),
        ),
      ),
    ],
    softSkills: [],
    requirements:
      level === "none"
        ? []
        : [
            {
              id: "degree",
              label: `Has a ${level} degree`,
              importance: "required",
              kind: "education",
              skills: [],
              min: 1,
              weight: 1,
            },
          ],
    application: { contact: [], sections: [] },
  };
}
