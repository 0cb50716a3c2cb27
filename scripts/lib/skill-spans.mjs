/**
 * Skill extraction on SkillSpan (Zhang et al., NAACL 2022; MIT): our tagger and a plain dictionary lookup
 * against the dev annotations, counted by exact span and by overlap.
 */
import { readFileSync } from "node:fs";
import { knowledgeBase } from "../../dist/kb/index.js";
import { tagSkills } from "../../dist/kb/tagger.js";

/** BIO tags to [first, last] token spans. */
function spansOf(tags) {
  const spans = [];
  let current;
  tags.forEach((tag, index) => {
    if (tag === "B" || (tag === "I" && !current)) {
      if (current) spans.push(current);
      current = [index, index];
    } else if (tag === "I") current[1] = index;
    else if (current) {
      spans.push(current);
      current = undefined;
    }
  });
  if (current) spans.push(current);
  return spans;
}

export function readSkillSpan(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((row) => ({
      tokens: row.tokens,
      knowledge: spansOf(row.tags_knowledge),
      skill: spansOf(row.tags_skill),
    }));
}

/** Token offsets of a sentence joined with single spaces. */
function tokenOffsets(tokens) {
  let offset = 0;
  return tokens.map((token) => {
    const start = offset;
    offset += token.length + 1;
    return [start, start + token.length];
  });
}

/** Character spans to token spans: every token the span touches. */
function toTokenSpans(characterSpans, offsets) {
  return characterSpans
    .map(([start, end]) => {
      const touched = offsets.flatMap(([from, to], index) => (from < end && to > start ? [index] : []));
      return touched.length === 0 ? undefined : [touched[0], touched[touched.length - 1]];
    })
    .filter(Boolean);
}

/** Our tagger: the matcher with the knowledge base as dictionary. */
export const taggerSpans = (analyser) => (sentence) => {
  const text = sentence.tokens.join(" ");
  const spans = tagSkills(text, analyser).map((span) => [span.start, span.end]);
  return toTokenSpans(spans, tokenOffsets(sentence.tokens));
};

/**
 * The baseline: every knowledge-base name, alias and acronym looked up as a lower-cased token n-gram
 * (n <= 6), longest first, no overlaps. No lemmas, no spelling variants, no case or context rules.
 */
export function dictionarySpans() {
  const dictionary = new Set();
  for (const skill of knowledgeBase().skills) {
    for (const name of [skill.name, ...(skill.aliases ?? []), ...(skill.acronyms ?? [])]) {
      dictionary.add(name.toLowerCase());
    }
  }
  return (sentence) => {
    const lower = sentence.tokens.map((token) => token.toLowerCase());
    const spans = [];
    for (let start = 0; start < lower.length; start++) {
      for (let length = Math.min(6, lower.length - start); length >= 1; length--) {
        if (dictionary.has(lower.slice(start, start + length).join(" "))) {
          spans.push([start, start + length - 1]);
          start += length - 1;
          break;
        }
      }
    }
    return spans;
  };
}

/** Precision, recall and F1 of predicted spans against gold spans, exact and by overlap. */
export function spanScores(sentences, predict, goldOf) {
  const totals = { predicted: 0, gold: 0, exact: 0, overlapPredicted: 0, overlapGold: 0 };
  for (const sentence of sentences) {
    const predicted = predict(sentence);
    const gold = goldOf(sentence);
    const key = ([a, b]) => `${a}:${b}`;
    const goldKeys = new Set(gold.map(key));
    const overlaps = (x, y) => x[0] <= y[1] && y[0] <= x[1];
    totals.predicted += predicted.length;
    totals.gold += gold.length;
    totals.exact += new Set(predicted.map(key).filter((item) => goldKeys.has(item))).size;
    totals.overlapPredicted += predicted.filter((span) => gold.some((other) => overlaps(span, other))).length;
    totals.overlapGold += gold.filter((span) => predicted.some((other) => overlaps(span, other))).length;
  }
  const f1 = (precision, recall) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
  const exactPrecision = totals.exact / totals.predicted;
  const exactRecall = totals.exact / totals.gold;
  const overlapPrecision = totals.overlapPredicted / totals.predicted;
  const overlapRecall = totals.overlapGold / totals.gold;
  return {
    predicted: totals.predicted,
    gold: totals.gold,
    exact: { precision: exactPrecision, recall: exactRecall, f1: f1(exactPrecision, exactRecall) },
    overlap: { precision: overlapPrecision, recall: overlapRecall, f1: f1(overlapPrecision, overlapRecall) },
  };
}
