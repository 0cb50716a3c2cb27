/**
 * Measured accuracy of the matcher and the score on the real data in ../shared/data (not part of npm test).
 *
 * Usage: npm run eval          (builds first; or, after npm run build: node scripts/eval.mjs [data-dir])
 *
 * 1. Ranking: for postings with a known job category (Google postings, the resume-matcher job descriptions),
 *    how well each method ranks the LiveCareer resumes of the matching categories above the others: ROC AUC
 *    and nDCG@10, ats-score next to TF-IDF cosine and BM25 on the same extracted text.
 * 2. Skill extraction: precision / recall / F1 of the knowledge-base tagger against the SkillSpan dev
 *    annotations, exact span and overlap, next to a plain dictionary lookup.
 * 3. Alias resolution: Stack Overflow tag synonyms (CC BY-SA 4.0, used here as held-out test data only).
 *
 * Prints Markdown; every figure is deterministic. Posting text is never printed.
 */
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../dist/extract/index.js";
import { lookupSkill } from "../dist/kb/index.js";
import { loadAnalyser } from "../dist/nlp/analyser.js";
import { analyse } from "../dist/score/index.js";
import { postingFromText, termFrequencies } from "./lib/posting-from-text.mjs";
import { bm25Scores, mean, ndcgAt, rocAuc, tfidfScores } from "./lib/ranking.mjs";
import { dictionarySpans, readSkillSpan, spanScores, taggerSpans } from "./lib/skillspan.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(process.argv[2] ?? path.join(root, "../shared/data"));
if (!existsSync(dataDir)) {
  console.error(`eval: ${dataDir}: data folder not found (pass its path as the first argument)`);
  process.exit(2);
}
const started = performance.now();
const analyser = await loadAnalyser();

/**
 * Google job families and the LiveCareer categories whose resumes fit them, decided from the names alone
 * before any run. Families with no clear LiveCareer counterpart (program management, technical solutions,
 * support, sales operations, developer relations, technical writing, manufacturing, administrative) are left
 * out.
 */
const GOOGLE_CATEGORIES = {
  "Software Engineering": ["INFORMATION-TECHNOLOGY"],
  "Technical Infrastructure": ["INFORMATION-TECHNOLOGY"],
  "IT & Data Management": ["INFORMATION-TECHNOLOGY"],
  "Network Engineering": ["INFORMATION-TECHNOLOGY"],
  "Data Center & Network": ["INFORMATION-TECHNOLOGY"],
  "Hardware Engineering": ["ENGINEERING"],
  "Sales & Account Management": ["SALES"],
  Finance: ["FINANCE", "ACCOUNTANT"],
  "User Experience & Design": ["DESIGNER"],
  "Marketing & Communications": ["PUBLIC-RELATIONS", "DIGITAL-MEDIA"],
  "Business Strategy": ["CONSULTANT", "BUSINESS-DEVELOPMENT"],
  Partnerships: ["BUSINESS-DEVELOPMENT"],
  "Legal & Government Relations": ["ADVOCATE"],
};
/** The English resume-matcher job descriptions; the product-manager one has no LiveCareer category. */
const MATCHER_POSTINGS = {
  "backend-eng.txt": ["INFORMATION-TECHNOLOGY"],
  "frontend-eng.txt": ["INFORMATION-TECHNOLOGY"],
  "ml-eng.txt": ["INFORMATION-TECHNOLOGY"],
};

async function readResumes() {
  const listing = readFileSync(path.join(dataDir, "resumes/livecareer/categories.csv"), "utf8").trim().split(/\r?\n/);
  const rows = listing.slice(1).map((line) => line.split(","));
  rows.sort(([a], [b]) => (a < b ? -1 : 1));
  const resumes = [];
  for (const [file, category] of rows) {
    const doc = await extractDocument(path.join(dataDir, "resumes/livecareer", file));
    resumes.push({ file, category, doc, text: doc.lines.map((line) => line.text).join("\n") });
  }
  return resumes;
}

const textOf = (posting) => posting.parts.map((part) => part.text).join("\n");
const googleRows = () =>
  readFileSync(path.join(dataDir, "postings/google/google_job_skills_shared300.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
const googleParts = (row) => [
  { text: row.title, importance: "required" },
  { text: row.responsibilities ?? "", importance: "required" },
  { text: row.minimum_qualifications ?? "", importance: "required" },
  { text: row.preferred_qualifications ?? "", importance: "preferred" },
];

function readPostings() {
  const postings = [];
  for (const row of googleRows()) {
    const categories = GOOGLE_CATEGORIES[row.category];
    if (categories) postings.push({ set: "google", id: row.id, title: row.title, categories, parts: googleParts(row) });
  }
  for (const [file, categories] of Object.entries(MATCHER_POSTINGS)) {
    const text = readFileSync(path.join(dataDir, "postings/resume-matcher", file), "utf8");
    postings.push({
      set: "resume-matcher",
      id: file,
      title: file,
      categories,
      parts: [{ text, importance: "required" }],
    });
  }
  return postings;
}

const format = (value) => (Number.isNaN(value) ? "n/a" : value.toFixed(3));

async function ranking() {
  const resumes = await readResumes();
  const methods = ["ats-score overall", "ats-score skills", "TF-IDF cosine", "BM25"];
  const results = [];
  let concepts = 0;
  const postings = readPostings();
  // Salient posting words are weighed against the postings (all 300 Google ones and the others), never resumes.
  const others = postings.filter((posting) => posting.set !== "google");
  const corpus = termFrequencies([
    ...googleRows().map((row) => textOf({ parts: googleParts(row) })),
    ...others.map(textOf),
  ]);
  for (const posting of postings) {
    const relevant = resumes.map((resume) => posting.categories.includes(resume.category));
    const spec = postingFromText(posting, analyser, corpus);
    concepts += spec.skills.length;
    const reports = resumes.map((resume) => analyse(resume.doc, spec, analyser, "eval"));
    const postingText = textOf(posting);
    const texts = resumes.map((resume) => resume.text);
    const scores = {
      "ats-score overall": reports.map((report) => report.scores.overall),
      "ats-score skills": reports.map((report) => report.scores.skills),
      "TF-IDF cosine": tfidfScores(postingText, texts),
      BM25: bm25Scores(postingText, texts),
    };
    const row = { set: posting.set, categories: posting.categories.join("+") };
    for (const method of methods)
      row[method] = { auc: rocAuc(scores[method], relevant), ndcg: ndcgAt(scores[method], relevant) };
    results.push(row);
  }
  const lines = [
    `${resumes.length} LiveCareer resumes (24 categories × 8), ${results.length} postings with a mapped category ` +
      `(${results.filter((row) => row.set === "google").length} Google, ${results.filter((row) => row.set !== "google").length} resume-matcher); ` +
      `${(concepts / results.length).toFixed(1)} knowledge-base concepts per posting on average.`,
    "",
    "| postings | method | mean ROC AUC | mean nDCG@10 |",
    "| --- | --- | --- | --- |",
  ];
  for (const [label, rows] of [
    ["all", results],
    ["Google", results.filter((row) => row.set === "google")],
    ["resume-matcher", results.filter((row) => row.set === "resume-matcher")],
  ]) {
    for (const method of methods) {
      const auc = mean(rows.map((row) => row[method].auc));
      const ndcg = mean(rows.map((row) => row[method].ndcg));
      lines.push(`| ${label} (${rows.length}) | ${method} | ${format(auc)} | ${format(ndcg)} |`);
    }
  }
  lines.push("", "Per LiveCareer target category (mean nDCG@10 over its postings):", "");
  lines.push(
    `| target | postings | ${methods.join(" | ")} |`,
    `| --- | --- | ${methods.map(() => "---").join(" | ")} |`,
  );
  for (const target of [...new Set(results.map((row) => row.categories))].sort()) {
    const rows = results.filter((row) => row.categories === target);
    const cells = methods.map((method) => format(mean(rows.map((row) => row[method].ndcg))));
    lines.push(`| ${target} | ${rows.length} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

function extraction() {
  const sentences = readSkillSpan(path.join(dataDir, "skillspan/dev.json"));
  const methods = { "ats-score tagger": taggerSpans(analyser), "dictionary lookup": dictionarySpans() };
  const golds = {
    "knowledge spans": (sentence) => sentence.knowledge,
    "skill + knowledge spans": (sentence) => [...sentence.knowledge, ...sentence.skill],
  };
  const lines = [
    `${sentences.length} SkillSpan dev sentences. Exact: the predicted token span equals a gold span. Overlap: a ` +
      "prediction counts for precision when it overlaps a gold span, a gold span counts for recall when a prediction overlaps it.",
    "",
    "| gold | method | predicted | gold | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const [goldName, goldOf] of Object.entries(golds)) {
    for (const [methodName, predict] of Object.entries(methods)) {
      const { predicted, gold, exact, overlap } = spanScores(sentences, predict, goldOf);
      const cells = [exact.precision, exact.recall, exact.f1, overlap.precision, overlap.recall, overlap.f1].map(
        format,
      );
      lines.push(`| ${goldName} | ${methodName} | ${predicted} | ${gold} | ${cells.join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

function aliases() {
  const rows = readFileSync(path.join(dataDir, "taxonomy/stackoverflow/tag_synonyms.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1);
  const tag = (name) => name.replace(/-/g, " ");
  let known = 0;
  let same = 0;
  let other = 0;
  for (const row of rows) {
    const [source, target] = row.split(",");
    const expected = lookupSkill(tag(target)) ?? lookupSkill(target);
    if (!expected) continue;
    known++;
    const found = lookupSkill(tag(source)) ?? lookupSkill(source);
    if (found?.id === expected.id) same++;
    else if (found) other++;
  }
  return [
    `${rows.length} Stack Overflow tag synonym pairs; ${known} have a target tag the knowledge base knows.`,
    `Of those, the source tag resolves to the same entry in ${same} (${((100 * same) / known).toFixed(1)}%), ` +
      `to a different entry in ${other} (${((100 * other) / known).toFixed(1)}%), and to nothing in ${known - same - other}.`,
  ].join("\n");
}

console.log("## Ranking\n");
console.log(await ranking());
console.log("\n## Skill extraction (SkillSpan dev)\n");
console.log(extraction());
console.log("\n## Alias resolution (Stack Overflow tag synonyms, held out)\n");
console.log(aliases());
console.error(`\neval: ${((performance.now() - started) / 1000).toFixed(1)} s`);
