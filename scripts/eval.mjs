/**
 * Measured accuracy of the matcher and the score on the real data in ../shared/data (not part of npm test).
 *
 * Usage: npm run eval          (builds first; or, after npm run build: node scripts/eval.mjs [data-dir])
 *
 * 1. Ranking: for postings with a known job category (Google postings, the resume-matcher job descriptions),
 *    how well each method ranks the LiveCareer resumes of the matching categories above the others: ROC AUC
 *    and nDCG@10 of every ats-score sub-score, against the spec `ats-score posting import` makes of the
 *    posting, next to TF-IDF cosine and BM25 on the same extracted text. EVAL_SAMPLE=n: every n-th posting;
 *    EVAL_HALF=even|odd: only the Google postings at even (tuning) or odd (held-out) positions.
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
import { importPosting } from "../dist/posting/import/index.js";
import { parsePosting } from "../dist/posting/load.js";
import { bm25Scores, mean, meanInterval, ndcgAt, rocAuc, tfidfScores } from "./lib/ranking.mjs";
import { dictionarySpans, readSkillSpan, spanScores, taggerSpans } from "./lib/skill-spans.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(process.argv[2] ?? path.join(root, "../shared/data"));
if (!existsSync(dataDir)) {
  console.error(`eval: ${dataDir}: data folder not found (pass its path as the first argument)`);
  process.exit(2);
}
/** EVAL_SAMPLE=n ranks every n-th posting only: a quick run while iterating (the figures are for n = 1). */
const SAMPLE = Math.max(1, Number(process.env.EVAL_SAMPLE ?? 1) || 1);
/** EVAL_HALF=even ranks only the Google postings at even positions, the tuning half (odd: the held-out one). */
const HALF = process.env.EVAL_HALF;
if (HALF !== undefined && HALF !== "even" && HALF !== "odd") {
  console.error(`eval: EVAL_HALF must be "even" or "odd", not "${HALF}"`);
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

const lines = (text) =>
  (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
const googleRows = () =>
  readFileSync(path.join(dataDir, "postings/google/google_job_skills_shared300.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));

/** A Google row as its careers page shows it, the text a user would paste into `ats-score posting import`. */
const googlePage = (row) =>
  [
    row.title,
    "",
    `Location: ${row.location}`,
    "",
    "Minimum qualifications:",
    ...lines(row.minimum_qualifications).map((line) => `- ${line}`),
    "",
    "Preferred qualifications:",
    ...lines(row.preferred_qualifications).map((line) => `- ${line}`),
    "",
    "Responsibilities:",
    ...lines(row.responsibilities).map((line) => `- ${line}`),
  ].join("\n");

/**
 * Each posting as its raw text (the baselines' query: the posting's own words, no headings) and as the spec
 * `ats-score posting import` makes of it, unreviewed. Google rows get --title and --company as a user
 * would pass them; the resume-matcher files are imported as they are.
 */
function readPostings() {
  const postings = [];
  let position = 0;
  for (const row of googleRows()) {
    const categories = GOOGLE_CATEGORIES[row.category];
    if (!categories) continue;
    const query = [
      row.title,
      row.responsibilities ?? "",
      row.minimum_qualifications ?? "",
      row.preferred_qualifications ?? "",
    ];
    postings.push({
      set: "google",
      half: position++ % 2 === 0 ? "even" : "odd",
      categories,
      query: query.join("\n"),
      page: googlePage(row),
      options: { fileName: `${row.id}.txt`, title: row.title, company: row.company },
    });
  }
  for (const [file, categories] of Object.entries(MATCHER_POSTINGS)) {
    const text = readFileSync(path.join(dataDir, "postings/resume-matcher", file), "utf8");
    postings.push({ set: "resume-matcher", categories, query: text, page: text, options: { fileName: file } });
  }
  return postings;
}

const format = (value) => (Number.isNaN(value) ? "n/a" : value.toFixed(3));
const signed = (value) => `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(3)}`;

const SUB_SCORES = ["overall", "keywords", "skills", "requirements", "format"];
const METHODS = [...SUB_SCORES.map((name) => `ats-score ${name}`), "TF-IDF cosine", "BM25"];
/** The columns of the per-category tables: the two baselines and the scores that rank. */
const CATEGORY_METHODS = ["ats-score overall", "ats-score keywords", "ats-score skills", "TF-IDF cosine", "BM25"];

function summaryTable(results) {
  const out = ["| postings | method | mean ROC AUC | mean nDCG@10 |", "| --- | --- | --- | --- |"];
  for (const [label, rows] of [
    ["all", results],
    ["Google", results.filter((row) => row.set === "google")],
    ["Google, even positions", results.filter((row) => row.half === "even")],
    ["Google, odd positions", results.filter((row) => row.half === "odd")],
    ["resume-matcher", results.filter((row) => row.set === "resume-matcher")],
  ]) {
    if (rows.length === 0) continue;
    for (const method of METHODS) {
      const auc = mean(rows.map((row) => row[method].auc));
      const ndcg = mean(rows.map((row) => row[method].ndcg));
      out.push(`| ${label} (${rows.length}) | ${method} | ${format(auc)} | ${format(ndcg)} |`);
    }
  }
  return out;
}

/** Paired differences over the same postings: mean, a 95% interval (normal approximation) and wins/losses. */
function differenceTable(results) {
  const out = [
    "| ats-score | baseline | ROC AUC difference (95% CI) | AUC wins/losses | nDCG@10 difference (95% CI) | nDCG wins/losses |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  const cell = (differences) => {
    const { mean: average, low, high } = meanInterval(differences);
    const wins = differences.filter((value) => value > 0).length;
    const losses = differences.filter((value) => value < 0).length;
    return [`${signed(average)} (${signed(low)} to ${signed(high)})`, `${wins}/${losses}`];
  };
  for (const ours of ["ats-score keywords", "ats-score overall", "ats-score skills"]) {
    for (const baseline of ["TF-IDF cosine", "BM25"]) {
      const difference = (metric) =>
        results.map((row) => row[ours][metric] - row[baseline][metric]).filter((value) => !Number.isNaN(value));
      out.push(`| ${ours} | ${baseline} | ${[...cell(difference("auc")), ...cell(difference("ndcg"))].join(" | ")} |`);
    }
  }
  return out;
}

function categoryTable(results, metric) {
  const out = [
    `| target | postings | ${CATEGORY_METHODS.join(" | ")} |`,
    `| --- | --- | ${CATEGORY_METHODS.map(() => "---").join(" | ")} |`,
  ];
  for (const target of [...new Set(results.map((row) => row.categories))].sort()) {
    const rows = results.filter((row) => row.categories === target);
    const cells = CATEGORY_METHODS.map((method) => format(mean(rows.map((row) => row[method][metric]))));
    out.push(`| ${target} | ${rows.length} | ${cells.join(" | ")} |`);
  }
  return out;
}

async function ranking() {
  const resumes = await readResumes();
  const texts = resumes.map((resume) => resume.text);
  const results = [];
  let concepts = 0;
  let keywords = 0;
  const postings = readPostings()
    .filter((posting) => HALF === undefined || posting.half === HALF)
    .filter((_, index) => index % SAMPLE === 0);
  for (const posting of postings) {
    const relevant = resumes.map((resume) => posting.categories.includes(resume.category));
    const spec = parsePosting(importPosting(posting.page, posting.options).yaml, posting.options.fileName);
    concepts += spec.skills.length;
    keywords += spec.keywords?.length ?? 0;
    const reports = resumes.map((resume) => analyse(resume.doc, spec, analyser, "eval"));
    const scores = {
      "TF-IDF cosine": tfidfScores(posting.query, texts),
      BM25: bm25Scores(posting.query, texts),
    };
    for (const name of SUB_SCORES) scores[`ats-score ${name}`] = reports.map((report) => report.scores[name]);
    const row = { set: posting.set, half: posting.half, categories: posting.categories.join("+") };
    for (const method of METHODS)
      row[method] = { auc: rocAuc(scores[method], relevant), ndcg: ndcgAt(scores[method], relevant) };
    results.push(row);
  }
  const google = results.filter((row) => row.set === "google").length;
  return [
    `${resumes.length} LiveCareer resumes (24 categories × 8), ${results.length} postings with a mapped category ` +
      `(${google} Google, ${results.length - google} resume-matcher)${HALF ? `, ${HALF} positions only (EVAL_HALF)` : ""}` +
      `${SAMPLE > 1 ? `, every ${SAMPLE}th posting (EVAL_SAMPLE)` : ""}; ` +
      `the imported specs have ${(concepts / results.length).toFixed(1)} skills and ${(keywords / results.length).toFixed(1)} other keywords on average.`,
    "",
    ...summaryTable(results),
    "",
    "Paired differences over the same postings (ats-score minus baseline; wins/losses count postings):",
    "",
    ...differenceTable(results),
    "",
    "Per LiveCareer target category, mean ROC AUC:",
    "",
    ...categoryTable(results, "auc"),
    "",
    "Per LiveCareer target category, mean nDCG@10:",
    "",
    ...categoryTable(results, "ndcg"),
  ].join("\n");
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
