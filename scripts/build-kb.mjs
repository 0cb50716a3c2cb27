/**
 * Compiles the skills knowledge base shipped in data/skills-kb.json from the open taxonomies in
 * ../shared/data/taxonomy and the hand-written data/curated-skills.yaml.
 *
 * Usage: npm run build-kb   (or, after npm run build: node scripts/build-kb.mjs [taxonomy-dir] [output-file])
 *
 * Sources and licences (see data/README.md):
 * - GitHub Linguist languages.yml (MIT): programming languages and their aliases;
 * - O*NET 29.2 Technology Skills (CC BY 4.0): software products, their commodity category and "hot" flag;
 * - ESCO digital, DigComp and transversal skill collections (CC BY 4.0): labels, alternative labels, broader
 *   concepts;
 * - data/curated-skills.yaml (ours): ML terms the taxonomies lack, merges and ambiguity fixes.
 * Stack Overflow tag synonyms (CC BY-SA 4.0) are NOT read here: they only serve as held-out test data in
 * scripts/eval.mjs, so the shipped file stays under CC BY 4.0 and MIT terms.
 *
 * The output is deterministic: same inputs, same bytes.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import englishModel from "wink-eng-lite-web-model";
// The same merge key as run-time lookups (src/kb/normalize.ts), from the build: run `npm run build` first.
import { nameKey } from "../dist/kb/normalize.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const taxonomyDir = path.resolve(process.argv[2] ?? path.join(root, "../shared/data/taxonomy"));
const curatedFile = path.join(root, "data", "curated-skills.yaml");
const outputFile = path.resolve(process.argv[3] ?? path.join(root, "data", "skills-kb.json"));

if (!existsSync(taxonomyDir)) {
  console.error(`build-kb: ${taxonomyDir}: taxonomy folder not found (pass its path as the first argument)`);
  process.exit(2);
}
const read = (relative) => readFileSync(path.join(taxonomyDir, relative), "utf8");

/* ------------------------------------------------------------------ text helpers */

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/\+\+/g, "pp")
    .replace(/#/g, "sharp")
    .replace(/^\./, "dot")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "") || "skill";

const STOP = new Set(["and", "of", "or", "for", "the", "to", "in", "on", "with", "a", "an", "&"]);

/** Minimal CSV reader for the ESCO files: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows.filter((cells) => cells.length > 1);
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""])));
}

/**
 * Ordinary English words: the lexicon of wink's English model (87k lower-case words). A single-word name
 * among them ("Spark", "Ring", "Swift") is ambiguous and needs context; a vendor-less short name
 * ("Word" from "Microsoft Word") is not kept as an alias.
 */
function englishWords() {
  const lexeme = englishModel.core().features.lexeme;
  return new Set(lexeme.list.slice(0, lexeme.intrinsicSize));
}

/** Whether `acronym` can be read off `words`: first letters in order ("JSON"), or letters in order ("HTML"). */
function abbreviates(acronym, words) {
  const initials = words.map((word) => word[0]?.toUpperCase()).join("");
  if (initials === acronym) return true;
  const letters = words.join("").toUpperCase();
  let position = 0;
  for (const letter of acronym) {
    position = letters.indexOf(letter, position) + 1;
    if (position === 0) return false;
  }
  return words[0]?.[0]?.toUpperCase() === acronym[0];
}

/** An upper-case token spelling the words before it: "Customer relationship management CRM software". */
function inlineAcronym(words) {
  for (let index = 1; index < words.length; index++) {
    const token = words[index];
    if (!/^[A-Z]{2,6}$/.test(token)) continue;
    const before = words.slice(0, index);
    for (const candidate of [before, before.filter((word) => !STOP.has(word.toLowerCase()))]) {
      if (abbreviates(token, candidate.slice(-token.length)) || abbreviates(token, candidate)) {
        return { acronym: token, index };
      }
    }
  }
  return undefined;
}

/* ------------------------------------------------------------------ entries */

const entries = new Map(); // nameKey -> entry

function entryFor(name, kind, source) {
  const key = nameKey(name);
  let entry = entries.get(key);
  if (!entry) {
    entry = {
      name,
      kind,
      aliases: new Set(),
      acronyms: new Set(),
      related: new Set(),
      narrower: new Set(),
      broader: new Set(),
      sources: new Set(),
      hot: false,
    };
    entries.set(key, entry);
  }
  entry.sources.add(source);
  return entry;
}

/* ------------------------------------------------------------------ sources */

function readEsco() {
  const collections = [
    ["esco/digitalSkillsCollection_en.csv", true],
    ["esco/transversalSkillsCollection_en.csv", true],
    // DigComp's alternative labels list example tools rather than synonyms, so only its labels are used.
    ["esco/digCompSkillsCollection_en.csv", false],
  ];
  const rows = [];
  for (const [file, useAltLabels] of collections) {
    for (const row of parseCsv(read(file))) rows.push({ ...row, useAltLabels });
  }
  return rows;
}

function addEsco(rows, vocabulary) {
  const preferred = new Set(rows.map((row) => nameKey(row.preferredLabel.trim())));
  for (const row of rows) {
    // "Java (computer programming)": the name is "Java", the qualifier a broader category.
    const qualified = /^(.+?)\s*\(([a-z][^)]*)\)$/.exec(row.preferredLabel.trim());
    const name = qualified ? qualified[1] : row.preferredLabel.trim();
    const kind = row.skillType === "knowledge" ? "knowledge" : "skill";
    const entry = entryFor(name, kind, "esco");
    if (qualified) entry.broader.add(qualified[2]);
    for (const broader of row.broaderConceptPT.split("|").map((item) => item.trim())) {
      if (broader) entry.broader.add(broader);
    }
    if (!row.useAltLabels) continue;
    const nameWords = new Set(
      name
        .toLowerCase()
        .split(/[\s\-/]+/)
        .filter((word) => !STOP.has(word)),
    );
    for (const label of row.altLabels.split(/\n|\|/).map((item) => item.trim())) {
      if (!label || nameKey(label) === nameKey(name)) continue;
      const initials = [...nameWords].map((word) => word[0]).join("");
      const sharesWord = label.split(/[\s\-/]+/).some((word) => nameWords.has(word.toLowerCase()));
      if (/^[A-Z0-9]{2,6}$/.test(label) && label.toLowerCase() === initials) entry.acronyms.add(label);
      // A label sharing no word with the name is an example tool or a narrower concept ("Zoho Sheet" for
      // spreadsheets), and a single English word is too loose a synonym ("design" for "think creatively").
      else if (preferred.has(nameKey(label)) || !sharesWord || vocabulary.has(label.toLowerCase())) {
        entry.narrower.add(label);
      } else entry.aliases.add(label);
    }
  }
}

function readOnet() {
  const [, ...lines] = read("onet/Technology_Skills.txt").trim().split("\n");
  return lines.map((line) => {
    const [soc, example, , commodity, hot] = line.split("\t");
    return { soc, example: example.trim(), commodity: commodity.trim(), hot: hot === "Y" };
  });
}

/**
 * Vendors: words that start many O*NET products ("Microsoft", "Oracle"), never appear in lower case in any
 * O*NET product or category name ("Data", "Medical" do), and are not English words unless very frequent
 * ("Oracle" is, "Advanced" and "Creative" are not).
 */
function vendorsOf(rows, vocabulary) {
  const counts = new Map();
  const lowerWords = new Set();
  for (const text of new Set(rows.flatMap((row) => [row.example, row.commodity]))) {
    for (const word of text.split(/\s+/)) if (/^[a-z]+$/.test(word)) lowerWords.add(word);
  }
  for (const name of new Set(rows.map((row) => row.example))) {
    const first = name.split(" ")[0];
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set(
    [...counts]
      .filter(([word, count]) => count >= 3 && /^[A-Z]/.test(word) && !lowerWords.has(word.toLowerCase()))
      .filter(([word, count]) => count >= 40 || !vocabulary.has(word.toLowerCase()))
      .map(([word]) => word),
  );
}

/** Splits an O*NET category ("Customer relationship management CRM software") into name and acronym. */
function splitAcronym(text) {
  const parenthesised = /^(.*?)\s*\(([A-Z][A-Za-z0-9]{1,7})\)$/.exec(text);
  if (parenthesised) return { name: parenthesised[1], acronym: parenthesised[2] };
  const words = text.split(/\s+/);
  const inline = inlineAcronym(words);
  if (!inline) return { name: text };
  return { name: words.filter((_, index) => index !== inline.index).join(" "), acronym: inline.acronym };
}

function addOnet(rows, vocabulary) {
  const vendors = vendorsOf(rows, vocabulary);
  for (const row of rows) {
    const category = splitAcronym(row.commodity);
    const categoryName = category.name.charAt(0).toLowerCase() + category.name.slice(1);
    const categoryEntry = entryFor(categoryName, "category", "onet");
    if (category.acronym) categoryEntry.acronyms.add(category.acronym);
    // "project management software" is also "project management"; "medical software" is not "medical".
    const general = categoryName.replace(/\s+software$/, "");
    if (general !== categoryName && (/\s/.test(general) || !vocabulary.has(general))) {
      categoryEntry.aliases.add(general);
    }

    const product = splitAcronym(row.example);
    const entry = entryFor(product.name, "technology", "onet");
    entry.broader.add(categoryName);
    if (row.hot) entry.hot = true;
    if (product.acronym && product.acronym.length >= 3) entry.acronyms.add(product.acronym);
    const [first, ...rest] = product.name.split(" ");
    const remainder = rest.join(" ");
    // "Microsoft Excel" is also written "Excel", "Adobe Photoshop" "Photoshop".
    if (vendors.has(first) && /^[A-Z0-9]/.test(remainder) && remainder.length >= 3) {
      // Kept to merge with an entry of that name ("Oracle Java" into "Java"), even when it is English.
      entry.shortName = remainder;
      entry.vendor = first;
      // Several English words are a phrase, not a name ("Data Pipeline"): no alias.
      if (rest.length === 1 || rest.some((word) => !vocabulary.has(word.toLowerCase()))) entry.aliases.add(remainder);
      const siblings = productsByVendor.get(first) ?? new Map();
      siblings.set(remainder, siblings.get(remainder) || row.hot);
      productsByVendor.set(first, siblings);
    }
  }
  // A short name that is an English word ("Word", "Outlook", "Illustrator") counts only near its vendor or
  // the vendor's other products ("Word, Excel, PowerPoint"), and as written.
  // "Blackbaud CRM" is not "CRM": a short name that is a category's acronym stays with the category.
  const categoryAcronyms = new Set([...entries.values()].flatMap((entry) => [...entry.acronyms]));
  for (const entry of entries.values()) {
    if (entry.vendor && categoryAcronyms.has(entry.shortName)) entry.aliases.delete(entry.shortName);
    if (!entry.vendor || !vocabulary.has(entry.shortName.toLowerCase())) continue;
    // Its best-known siblings first: O*NET's "hot" products, then by name.
    const siblings = [...productsByVendor.get(entry.vendor)]
      .filter(([name]) => name !== entry.shortName && !/\s/.test(name))
      .sort(([a, hotA], [b, hotB]) => Number(hotB) - Number(hotA) || (a < b ? -1 : 1))
      .map(([name]) => name);
    entry.context = [entry.vendor, ...siblings.slice(0, 15)];
  }
}

const productsByVendor = new Map();

/**
 * O*NET writes "Hypertext markup language HTML"; when Linguist names the language "HTML", the entry takes
 * that name and keeps the long form as an alias.
 */
function adoptAcronymName(name) {
  if (entries.has(nameKey(name))) return;
  const owners = [...entries].filter(([, entry]) => entry.acronyms.has(name));
  if (owners.length !== 1) return;
  const [[key, entry]] = owners;
  entries.delete(key);
  entry.aliases.add(entry.name);
  entry.acronyms.delete(name);
  entry.name = name;
  entries.set(nameKey(name), entry);
}

function addLinguist(vocabulary) {
  const languages = parseYaml(read("linguist/languages.yml"));
  const otherNames = new Set(Object.keys(languages).map(nameKey));
  for (const [name, language] of Object.entries(languages)) {
    // Data and markup formats count only when a skills taxonomy also names them (SQL, HTML, CSS); so do
    // languages named by an English word ("Ring", "Self", "Red"), which would otherwise match prose.
    adoptAcronymName(name);
    const known = entries.has(nameKey(name));
    if (!known && (language.type !== "programming" || vocabulary.has(name.toLowerCase()))) continue;
    const entry = entryFor(name, "language", "linguist");
    if (entry.kind !== "language" && language.type === "programming") entry.kind = "language";
    for (const alias of language.aliases ?? []) {
      // Short aliases are file extensions ("py", "rb", "typ"); others name a different tool ("node", "emacs").
      const short = alias.length < 4 && !/[+#]/.test(alias);
      if (short || otherNames.has(nameKey(alias)) || vocabulary.has(alias.toLowerCase())) continue;
      if (nameKey(alias) !== nameKey(name)) entry.aliases.add(alias);
    }
    if (language.group && language.group !== name) entry.related.add(language.group);
  }
}

/** "Oracle Java" is Linguist's "Java" and "Apache Spark" is ESCO's "Spark": one entry under the short name. */
function mergeVendorNames() {
  for (const [key, entry] of [...entries]) {
    const target = entry.shortName && entries.get(nameKey(entry.shortName));
    if (!target || target === entry) continue;
    absorb(target, entry, key);
  }
}

function absorb(target, entry, key) {
  for (const field of ["aliases", "acronyms", "related", "narrower", "broader", "sources"]) {
    for (const value of entry[field]) target[field].add(value);
  }
  target.aliases.add(entry.name);
  target.hot ||= entry.hot;
  entries.delete(key);
}

/* ------------------------------------------------------------------ curated */

/** Curated entries absorb every taxonomy entry named by their name or an alias, then add their own fields. */
function addCurated() {
  const curated = parseYaml(readFileSync(curatedFile, "utf8"));
  const ids = new Map();
  for (const item of curated) {
    const absorbed = [item.name, ...(item.aliases ?? [])]
      .map((surface) => [nameKey(surface), entries.get(nameKey(surface))])
      .filter(([, entry]) => entry !== undefined);
    const target = entryFor(item.name, item.kind ?? absorbed[0]?.[1].kind ?? "technology", "curated");
    target.name = item.name;
    if (item.kind) target.kind = item.kind;
    for (const [key, entry] of absorbed) if (entry !== target) absorb(target, entry, key);
    for (const field of ["aliases", "acronyms", "related", "narrower", "broader"]) {
      for (const value of item[field] ?? []) target[field].add(String(value));
    }
    for (const value of item.notAliases ?? []) target.aliases.delete(value);
    if (item.context) target.context = item.context;
    if (item.ambiguous !== undefined) target.ambiguous = item.ambiguous;
    if (item.id) ids.set(nameKey(item.name), item.id);
  }
  return ids;
}

/* ------------------------------------------------------------------ output */

function finish(vocabulary, curatedIds) {
  const sorted = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const usedIds = new Set(curatedIds.values());
  const idOf = new Map();
  for (const [key, entry] of sorted) {
    let id = curatedIds.get(key);
    if (!id) {
      const base = slug(entry.name);
      id = base;
      for (let suffix = 2; usedIds.has(id); suffix++) id = `${base}-${suffix}`;
    }
    usedIds.add(id);
    idOf.set(key, id);
  }
  // One spelling per merge key, preferring the one with capitals ("Golang" over "golang").
  const capitals = (text) => (text.match(/[A-Z]/g) ?? []).length;
  const list = (values, exclude) => {
    const byKey = new Map();
    for (const value of [...values].sort()) {
      const key = nameKey(value);
      if (exclude.has(key)) continue;
      const kept = byKey.get(key);
      if (kept === undefined || capitals(value) > capitals(kept)) byKey.set(key, value);
    }
    return [...byKey.values()].sort((a, b) => a.localeCompare(b, "en"));
  };
  return sorted.map(([key, entry]) => {
    const own = new Set([key]);
    const aliases = list(entry.aliases, own);
    for (const alias of aliases) own.add(nameKey(alias));
    const single = !/[\s\-/]/.test(entry.name);
    // An all-capitals name ("HTML", "SQL") is written as no English word is.
    const capitals = /^[A-Z0-9]+$/.test(entry.name);
    const ambiguous = entry.ambiguous ?? (single && !capitals && vocabulary.has(entry.name.toLowerCase()));
    const record = { id: idOf.get(key), name: entry.name, kind: entry.kind };
    const fields = {
      aliases,
      acronyms: [...entry.acronyms].sort(),
      related: list(entry.related, own),
      narrower: list(entry.narrower, own),
      broader: list(entry.broader, own),
    };
    for (const [field, values] of Object.entries(fields)) if (values.length > 0) record[field] = values;
    if (entry.context) record.context = entry.context;
    if (ambiguous) record.ambiguous = true;
    if (entry.hot) record.hot = true;
    record.sources = [...entry.sources].sort();
    return record;
  });
}

const about = {
  description:
    "Skills knowledge base for ats-score: canonical names, aliases, acronyms, related, narrower and broader terms.",
  generatedBy: "scripts/build-kb.mjs (do not edit by hand; edit data/curated-skills.yaml and rebuild)",
  licence:
    "CC BY 4.0 for the parts from O*NET and ESCO, MIT for the parts from GitHub Linguist and data/curated-skills.yaml; see data/README.md",
  attribution: [
    "This includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET is a trademark of USDOL/ETA. Modified: product and category names split into names, aliases and acronyms.",
    "ESCO classification, © European Union, https://esco.ec.europa.eu, CC BY 4.0. Modified: labels regrouped into aliases, acronyms and narrower terms.",
    "GitHub Linguist languages.yml, © GitHub, Inc., MIT licence.",
  ],
};

const vocabulary = englishWords();
addEsco(readEsco(), vocabulary);
addOnet(readOnet(), vocabulary);
addLinguist(vocabulary);
mergeVendorNames();
const curatedIds = addCurated();
const skills = finish(vocabulary, curatedIds);
const text = `{"about":${JSON.stringify(about)},\n"skills":[\n${skills.map((skill) => JSON.stringify(skill)).join(",\n")}\n]}\n`;
writeFileSync(outputFile, text);
console.log(`wrote ${path.relative(root, outputFile)}: ${skills.length} skills, ${(text.length / 1e6).toFixed(2)} MB`);
