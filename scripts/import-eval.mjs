/**
 * Measures `ats-score posting import` on real postings read at run time from ../shared/data (never copied
 * into the repo; the Google and Dice sets are for local evaluation only, so this prints counts and row ids,
 * never their text). Run with `npm run eval:import` (builds first); `--all` uses every Google row.
 *
 * Google rows keep the posting's own split into minimum_qualifications and preferred_qualifications: that
 * split is the truth the importer's required/preferred reading is scored against, line by line.
 * Each row is rendered four ways:
 *   text      as the careers page shows it: "Minimum qualifications:" and "Preferred qualifications:" over lists
 *   html      the same as <h3> and <ul><li>
 *   varied    other boards' wording, one pair per row in turn (the list was fixed before measuring)
 *   merged    one "Qualifications:" heading over both lists: only cues inside the lines can tell them apart
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importPosting } from "../dist/posting/import/index.js";
import { listedSkillRecall } from "../dist/posting/import/recall.js";
import { parsePosting } from "../dist/posting/load.js";
import { loadAnalyser } from "../dist/nlp/analyser.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "../shared");
const googleFile = path.join(shared, "data/postings/google/google_job_skills_shared300.jsonl");
const diceFile = path.join(shared, "data/postings/dice/dice_shared200.jsonl");
const seedFile = path.join(shared, "seeds/netflix-ml-intern-posting.txt");
const ROWS = process.argv.includes("--all") ? Infinity : 20;

if (!existsSync(googleFile)) {
  console.log(`skipped: ${googleFile} is not here (the evaluation data lives outside the repository)`);
  process.exit(0);
}

const readJsonl = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
const qualificationLines = (text) =>
  (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** Heading pairs (required, preferred) as job boards word them. */
const HEADING_STYLES = [
  ["Minimum qualifications:", "Preferred qualifications:"],
  ["Basic Qualifications", "Preferred Qualifications"],
  ["Requirements", "Nice to have"],
  ["What you'll need", "Bonus points if you have"],
  ["You have:", "Even better if you have:"],
  ["Must-haves", "Pluses"],
  ["What we're looking for", "Ideally you also have"],
  ["Qualifications", "Additional qualifications that would be great"],
];

/** The page as text lines, each qualification tagged with its true side and the line it is on. */
function render(row, variant, index) {
  const minimum = qualificationLines(row.minimum_qualifications);
  const preferred = qualificationLines(row.preferred_qualifications);
  const lines = [];
  const truth = new Map();
  const html = variant === "html";
  const heading = (text) => lines.push(html ? `<h3>${text}</h3>` : text);
  const list = (items, side) => {
    if (html) lines.push("<ul>");
    for (const item of items) {
      lines.push(html ? `<li>${item.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</li>` : `- ${item}`);
      truth.set(lines.length, side);
    }
    if (html) lines.push("</ul>");
  };
  lines.push(
    html ? `<h1>${row.title}</h1>` : row.title,
    html ? `<p>${row.company}, ${row.location}</p>` : `${row.company} · ${row.location}`,
    "",
  );
  if (variant === "merged") {
    heading("Qualifications:");
    list(minimum, "required");
    list(preferred, "preferred");
  } else {
    const [requiredHeading, preferredHeading] =
      HEADING_STYLES[variant === "varied" ? index % HEADING_STYLES.length : 0];
    heading(requiredHeading);
    list(minimum, "required");
    lines.push("");
    heading(preferredHeading);
    list(preferred, "preferred");
  }
  lines.push("");
  heading("Responsibilities");
  list(qualificationLines(row.responsibilities), "responsibility");
  return { text: lines.join("\n"), truth };
}

const sides = ["required", "preferred"];
const emptyCounts = () => ({
  lines: 0,
  unread: 0,
  empty: 0,
  valid: 0,
  specs: 0,
  confusion: {},
  skills: {},
  requirements: {},
});
const bump = (table, truth, predicted) => {
  table[truth] ??= {};
  table[truth][predicted] = (table[truth][predicted] ?? 0) + 1;
};

/** Imports one rendering and scores every qualification line and every spec item against the truth. */
function evaluate(row, variant, index, counts) {
  const { text, truth } = render(row, variant, index);
  const { yaml, draft } = importPosting(text, { fileName: `${row.id}.${variant === "html" ? "html" : "txt"}` });
  counts.specs++;
  try {
    parsePosting(yaml, `${row.id}.yaml`);
    counts.valid++;
  } catch (error) {
    console.log(`  ${row.id} ${variant}: INVALID ${error.message}`);
  }
  const readAs = new Map();
  const produced = new Set();
  for (const line of draft.trace) {
    if (!readAs.has(line.line)) readAs.set(line.line, line.importance);
    if (line.produced.length > 0) produced.add(line.line);
  }
  for (const [line, side] of truth) {
    if (side === "responsibility") continue;
    counts.lines++;
    const predicted = readAs.get(line) ?? "unread";
    if (predicted === "unread") counts.unread++;
    if (!produced.has(line)) counts.empty++;
    bump(counts.confusion, side, predicted);
  }
  // Spec items: a requirement or skill whose source lines are all on one side should carry that side.
  for (const requirement of draft.requirements) {
    const side = truth.get(requirement.origin.line);
    if (sides.includes(side)) bump(counts.requirements, side, requirement.importance);
  }
  for (const concept of draft.concepts) {
    const origins = new Set(
      concept.origins.map((origin) => truth.get(origin.line)).filter((side) => sides.includes(side)),
    );
    if (origins.size === 1) bump(counts.skills, [...origins][0], concept.importance);
  }
}

const percent = (part, whole) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`);
function precisionRecall(table, side) {
  const truePositive = table[side]?.[side] ?? 0;
  const predicted = sides.reduce((sum, truthSide) => sum + (table[truthSide]?.[side] ?? 0), 0);
  const actual = Object.values(table[side] ?? {}).reduce((sum, count) => sum + count, 0);
  return `P ${percent(truePositive, predicted)} (${truePositive}/${predicted}), R ${percent(truePositive, actual)} (${truePositive}/${actual})`;
}

const google = readJsonl(googleFile).filter(
  (row) =>
    qualificationLines(row.minimum_qualifications).length > 0 &&
    qualificationLines(row.preferred_qualifications).length > 0,
);
const rows = google.slice(0, ROWS);
console.log(
  `Google rows: ${rows.length} (the first ${rows.length} of ${google.length} with both lists, file order): ${rows[0].id} … ${rows[rows.length - 1].id}`,
);
for (const variant of ["text", "html", "varied", "merged"]) {
  const counts = emptyCounts();
  rows.forEach((row, index) => evaluate(row, variant, index, counts));
  console.log(
    `\n${variant}: ${counts.valid}/${counts.specs} specs valid; ${counts.lines} qualification lines, ` +
      `${counts.unread} not read as qualifications, ${counts.empty} with no skill or degree recognised`,
  );
  for (const side of sides) console.log(`  lines        ${side.padEnd(9)} ${precisionRecall(counts.confusion, side)}`);
  for (const side of sides)
    console.log(`  requirements ${side.padEnd(9)} ${precisionRecall(counts.requirements, side)}`);
  for (const side of sides) console.log(`  skills       ${side.padEnd(9)} ${precisionRecall(counts.skills, side)}`);
}

if (existsSync(diceFile)) {
  const dice = readJsonl(diceFile).slice(0, ROWS === Infinity ? undefined : ROWS);
  let valid = 0;
  let withSkills = 0;
  for (const row of dice) {
    const { yaml } = importPosting(row.description ?? "", { fileName: "dice.txt", title: row.title });
    try {
      const posting = parsePosting(yaml, "dice.yaml");
      valid++;
      if (posting.skills.length > 0) withSkills++;
    } catch (error) {
      console.log(`  dice row ${dice.indexOf(row) + 1}: INVALID ${error.message}`);
    }
  }
  console.log(`\nDice: ${valid}/${dice.length} specs valid, ${withSkills} with at least one skill`);
}

if (existsSync(seedFile)) {
  const page = readFileSync(seedFile, "utf8");
  const lines = page.split("\n");
  const block = lines.slice(lines.indexOf("Skills Required") + 1, lines.indexOf("Required Qualifications"));
  const entries = [...new Set(block.map((line) => line.replace(/intermediate$/, "")))];
  const posting = parsePosting(importPosting(page, { fileName: "seed.txt" }).yaml, "seed.yaml");
  const { recovered, missed } = listedSkillRecall(posting, entries, await loadAnalyser());
  const preferred = posting.requirements.filter((requirement) => requirement.importance === "preferred");
  console.log(
    `\nNetflix seed page: ${recovered.length}/${entries.length} listed skills recovered (${percent(recovered.length, entries.length)}); missed: ${missed.join(" | ") || "none"}`,
  );
  console.log(`  preferred requirements: ${preferred.map((requirement) => requirement.skills.join("+")).join("; ")}`);
}
