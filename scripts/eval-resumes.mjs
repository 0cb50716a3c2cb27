/**
 * How well ats-score reads resumes it was not written against (not part of npm test).
 *
 * Usage: npm run eval:resumes   (builds first; or, after npm run build: node scripts/eval-resumes.mjs [data-dir])
 *
 * 1. ../shared/data/dev-resumes: twelve resumes with truth files, scored against netflix-ml-intern in every
 *    format each comes in. Skills: a truth skill is found when the report marks one of its posting concepts
 *    "matched"; demonstrated skills are the positives, mentioned-only and absent skills the negatives, partial
 *    skills are left out (either answer is fine), as the truth README says. Headings: each truth heading must
 *    be detected with the truth's standard section. Contact: name, email, phone, LinkedIn, GitHub and location
 *    each right (both absent counts as right). Stuffing: reported for d07 only. Scores: overall inside the
 *    truth band ±10, and Kendall τ-b between the PDF's overall and the fit tier. Every figure is given for all
 *    twelve and for each half (odd ids, even ids), so a rule tuned on one half shows on the other.
 * 2. ../shared/data/resumes (LiveCareer and template PDFs): names that are job titles or headings, and any
 *    keyword-stuffing or hidden-text finding (each one a false alarm: these are honest resumes).
 *
 * Prints Markdown; deterministic.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { extractDocument } from "../dist/extract/index.js";
import { loadAnalyser } from "../dist/nlp/analyser.js";
import { loadPosting } from "../dist/posting/load.js";
import { analyse } from "../dist/score/index.js";
import { version } from "../dist/version.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.resolve(process.argv[2] ?? path.join(root, "../shared/data"));
const devDir = path.join(dataDir, "dev-resumes");
if (!existsSync(devDir)) {
  console.error(`eval:resumes: ${devDir}: folder not found (pass the data folder as the first argument)`);
  process.exit(2);
}
const analyser = await loadAnalyser();
const posting = loadPosting("netflix-ml-intern");
const score = async (file) => {
  const doc = await extractDocument(file);
  return { doc, report: analyse(doc, posting, analyser, version) };
};

/** The posting's listed skill strings (the truth files use them) → the concept ids that stand for them. */
function listedSkills() {
  const text = readFileSync(path.join(root, "postings/netflix-ml-intern.yaml"), "utf8").split("\n");
  const map = new Map();
  let pending = [];
  let collecting = false;
  for (const line of text) {
    const listed = line.match(/^\s*# listed: (.*)$/);
    if (listed) {
      if (!collecting) pending = [];
      // Drop our notes in parentheses at the end ("(nice to have)", "(the same entry again...)").
      pending.push(listed[1].replace(/\s*\((?:nice to have|the same entry|listed twice)[^)]*\)?\s*$/, "").trim());
      collecting = true;
      continue;
    }
    if (/^\s*# /.test(line) && collecting) continue;
    const id = line.match(/^\s*- id: (\S+)/);
    if (id && pending.length > 0) {
      for (const name of pending) map.set(name, [...(map.get(name) ?? []), id[1]]);
      collecting = false;
      continue;
    }
    if (/^\s*# -{10,}/.test(line)) pending = [];
  }
  return map;
}
const listed = listedSkills();
/** Truth strings written without the posting's disambiguating note. */
const TRUTH_ALIASES = { alignment: "alignment (NLP)", generation: "generation (CV)", explainability: "explainability" };
const conceptsOf = (skill) => {
  const name = TRUTH_ALIASES[skill] ?? skill;
  const direct =
    listed.get(name) ?? [...listed.entries()].find(([key]) => key.startsWith(name) || name.startsWith(key))?.[1];
  if (!direct) throw new Error(`eval:resumes: no posting concept for truth skill "${skill}"`);
  return direct;
};

/**
 * Headings the truth maps to "other" are fine as any non-scoring section; research and experience are both
 * work sections (the truth files themselves map "Research Experience" to either).
 */
const SECTION_EQUIVALENTS = {
  other: ["other", "contact", "references"],
  experience: ["experience", "research"],
  research: ["research", "experience"],
};
const sameSection = (truth, ours) => (SECTION_EQUIVALENTS[truth] ?? [truth]).includes(ours);
const normalHeading = (text) =>
  text
    .toLowerCase()
    .replace(/[:\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

const CONTACT_CELLS = ["name", "email", "phone", "linkedin", "github", "location"];
const normalContact = (cell, value) => {
  if (value === null || value === undefined) return "";
  const text = String(value).toLowerCase().trim();
  if (cell === "phone") return text.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  if (cell === "linkedin" || cell === "github" || cell === "email")
    return text
      .replace(/^https?:\/\//, "")
      .replace(/^www\./, "")
      .replace(/\/$/, "");
  return text.replace(/[\s,.]+/g, " ").trim();
};

const TIERS = { none: 0, weak: 1, medium: 2, strong: 3 };
const READABLE_FORMATS = ["pdf", "docx", "txt", "md"];

const truths = readdirSync(devDir)
  .filter((name) => /^d\d+\.truth\.yaml$/.test(name))
  .sort()
  .map((name) => {
    const [id, truth] = Object.entries(parse(readFileSync(path.join(devDir, name), "utf8")))[0];
    return { id, truth };
  });

const results = [];
for (const { id, truth } of truths) {
  for (const format of READABLE_FORMATS) {
    const file = path.join(devDir, `${id}.${format}`);
    if (!existsSync(file)) continue;
    const { report } = await score(file);
    const matched = new Set(report.skills.filter((skill) => skill.status === "matched").map((skill) => skill.skillId));
    const skills = { tp: 0, fp: 0, fn: 0, missed: [], wrong: [] };
    const judged = new Map();
    for (const [bucket, positive] of [
      ["demonstrated", true],
      ["mentioned_only", false],
    ]) {
      for (const { skill } of truth.skills[bucket] ?? []) judged.set(conceptsOf(skill).join(","), { skill, positive });
    }
    const partial = new Set((truth.skills.partial ?? []).map(({ skill }) => conceptsOf(skill).join(",")));
    for (const concepts of new Set([...listed.values()].map((ids) => ids.join(",")))) {
      if (partial.has(concepts)) continue;
      const found = concepts.split(",").some((concept) => matched.has(concept));
      const truthRow = judged.get(concepts);
      const positive = truthRow?.positive ?? false;
      if (found && positive) skills.tp++;
      else if (found) {
        skills.fp++;
        skills.wrong.push(truthRow?.skill ?? concepts);
      } else if (positive) {
        skills.fn++;
        skills.missed.push(truthRow.skill);
      }
    }
    const headings = truth.sections.headings.map((heading) => {
      const ours = report.sections.find((section) => normalHeading(section.heading) === normalHeading(heading.text));
      return {
        text: heading.text,
        truth: heading.maps_to,
        ours: ours?.id,
        right: ours ? sameSection(heading.maps_to, ours.id) : false,
      };
    });
    const contact = CONTACT_CELLS.map((cell) => {
      const expected = normalContact(cell, truth.contact[cell]);
      const actual = normalContact(cell, report.contact[cell]?.value);
      return {
        cell,
        expected: truth.contact[cell] ?? null,
        actual: report.contact[cell]?.value ?? null,
        right: expected === actual,
      };
    });
    const stuffing = report.findings.some((finding) => finding.checkId === "keyword-stuffing");
    const [low, high] = truth.expected_score_band;
    const overall = report.scores.overall;
    results.push({
      id,
      format,
      half: Number(id.slice(1)) % 2 === 1 ? "odd" : "even",
      tier: truth.fit_tier,
      band: [low, high],
      overall,
      inBand: overall >= low - 10 && overall <= high + 10,
      skills,
      headings,
      contact,
      stuffing,
      stuffingRight: stuffing === (id === "d07"),
    });
  }
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const fixed = (value, digits = 3) => value.toFixed(digits);
function summarise(rows) {
  const tp = rows.reduce((sum, row) => sum + row.skills.tp, 0);
  const fp = rows.reduce((sum, row) => sum + row.skills.fp, 0);
  const fn = rows.reduce((sum, row) => sum + row.skills.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const headings = rows.flatMap((row) => row.headings);
  const contact = rows.flatMap((row) => row.contact);
  return {
    files: rows.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    headings: `${headings.filter((heading) => heading.right).length}/${headings.length}`,
    contact: `${contact.filter((cell) => cell.right).length}/${contact.length}`,
    stuffing: `${rows.filter((row) => row.stuffingRight).length}/${rows.length}`,
    inBand: `${rows.filter((row) => row.inBand).length}/${rows.length}`,
  };
}

/** Kendall's τ-b (ties in either ranking handled). */
function kendallTauB(xs, ys) {
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) {
      const dx = Math.sign(xs[i] - xs[j]);
      const dy = Math.sign(ys[i] - ys[j]);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  return (concordant - discordant) / Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
}

console.log(`# eval:resumes (ats-score ${version})\n`);
console.log("## dev-resumes against netflix-ml-intern\n");
console.log(
  "| set | files | skill P | skill R | skill F1 | headings | contact | stuffing right | overall in band ±10 |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
const sets = [
  ["all", results],
  ["PDF", results.filter((row) => row.format === "pdf")],
  ["other formats", results.filter((row) => row.format !== "pdf")],
  ["odd half (PDF)", results.filter((row) => row.format === "pdf" && row.half === "odd")],
  ["even half (PDF)", results.filter((row) => row.format === "pdf" && row.half === "even")],
];
for (const [name, rows] of sets) {
  const s = summarise(rows);
  console.log(
    `| ${name} | ${s.files} | ${fixed(s.precision)} | ${fixed(s.recall)} | ${fixed(s.f1)} | ${s.headings} | ${s.contact} | ${s.stuffing} | ${s.inBand} |`,
  );
}
const pdfs = results.filter((row) => row.format === "pdf");
const tau = kendallTauB(
  pdfs.map((row) => row.overall),
  pdfs.map((row) => TIERS[row.tier]),
);
console.log(`\nKendall τ-b, PDF overall vs fit tier: **${fixed(tau)}** (target ≥ 0.8)`);
const d11 = pdfs.find((row) => row.id === "d11");
if (d11) console.log(`d11 (no fit) overall: **${d11.overall}** (target ≤ 20)`);

console.log("\n### Per file\n");
console.log("| file | tier | band | overall | skills TP/FP/FN | headings | contact | stuffing |");
console.log("|---|---|---|---|---|---|---|---|");
for (const row of results) {
  const headings = row.headings.filter((heading) => heading.right).length;
  const contact = row.contact.filter((cell) => cell.right).length;
  console.log(
    `| ${row.id}.${row.format} | ${row.tier} | ${row.band.join("–")} | ${row.overall}${row.inBand ? "" : " ✘"} | ${row.skills.tp}/${row.skills.fp}/${row.skills.fn} | ${headings}/${row.headings.length} | ${contact}/${row.contact.length} | ${row.stuffing ? "flagged" : "-"}${row.stuffingRight ? "" : " ✘"} |`,
  );
}

if (process.env.EVAL_DETAIL) {
  console.log("\n### Details\n");
  for (const row of results) {
    console.log(`**${row.id}.${row.format}**`);
    if (row.skills.missed.length) console.log(`- missed: ${row.skills.missed.join("; ")}`);
    if (row.skills.wrong.length) console.log(`- wrongly matched: ${row.skills.wrong.join("; ")}`);
    for (const heading of row.headings.filter((item) => !item.right))
      console.log(`- heading "${heading.text}": ${heading.ours ?? "not found"} (truth ${heading.truth})`);
    for (const cell of row.contact.filter((item) => !item.right))
      console.log(`- ${cell.cell}: ${JSON.stringify(cell.actual)} (truth ${JSON.stringify(cell.expected)})`);
  }
}

// ---------------------------------------------------------------- honest real resumes
const resumesDir = path.join(dataDir, "resumes");
if (existsSync(resumesDir)) {
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".pdf")) files.push(full);
    }
  };
  walk(resumesDir);
  /** Words that make a "name" a job title or a heading: no person is called "Staff Accountant". */
  const NOT_A_NAME =
    /\b(?:resume|curriculum|vitae|profile|summary|objective|experience|education|skills|highlights|qualifications|accomplishments|professional|executive|manager|engineer|accountant|analyst|director|assistant|specialist|consultant|designer|developer|teacher|nurse|administrator|coordinator|officer|representative|associate|supervisor|technician|intern|clerk|agent|advocate|chef|instructor|trainer|lead|senior|junior|staff|contact|information)\b/i;
  const alarms = { names: [], stuffing: [], hidden: [] };
  for (const file of files) {
    const relative = path.relative(dataDir, file);
    try {
      const { report } = await score(file);
      const name = report.contact.name?.value;
      if (name && NOT_A_NAME.test(name)) alarms.names.push(`${relative}: "${name}"`);
      for (const finding of report.findings) {
        if (finding.checkId === "keyword-stuffing") alarms.stuffing.push(relative);
        if (finding.checkId === "hidden-text") alarms.hidden.push(relative);
      }
    } catch (error) {
      alarms.names.push(`${relative}: could not be read (${error.message})`);
    }
  }
  console.log(`\n## ${files.length} honest PDFs in resumes/ (LiveCareer and templates)\n`);
  console.log(`- job title or heading as the name: **${alarms.names.length}**`);
  console.log(`- keyword-stuffing findings: **${alarms.stuffing.length}**`);
  console.log(`- hidden-text findings: **${alarms.hidden.length}**`);
  if (process.env.EVAL_DETAIL)
    for (const [kind, list] of Object.entries(alarms)) for (const item of list) console.log(`  - ${kind}: ${item}`);
}
