/**
 * The skills knowledge base (data/skills-kb.json, compiled by scripts/build-kb.mjs from O*NET, ESCO,
 * GitHub Linguist and data/curated-skills.yaml). Loaded on first use; every lookup after that is a map read.
 *
 * The API a posting importer or a posting needs:
 * - `lookupSkill(text)`: the entry a written name refers to ("torch" -> PyTorch), or undefined;
 * - `getSkill(id)`: an entry by id;
 * - `expandConcept(concept)`: a posting concept with the aliases, acronyms and related terms of its entries;
 * - `skillConcept(skill)`: an entry as a posting concept (for text with no posting, such as evaluation).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../io/package-root.js";
import { PostingError } from "../errors.js";
import type { Importance, Posting, SkillConcept } from "../types.js";
import { nameKey, withoutVersion } from "./normalize.js";

export { nameKey, withoutVersion } from "./normalize.js";

export type KbKind = "language" | "technology" | "knowledge" | "skill" | "category";

/** One entry of the knowledge base. Lists are absent when empty. */
export interface KbSkill {
  /** Stable kebab-case id, referenced by postings as `kb: [id]`. */
  id: string;
  name: string;
  kind: KbKind;
  /** Other names and spellings: full credit. */
  aliases?: string[];
  /** Abbreviations, matched case-sensitively. */
  acronyms?: string[];
  /** Neighbouring terms: partial credit. */
  related?: string[];
  /** More specific terms or example tools (ESCO alternative labels that are not synonyms): partial credit. */
  narrower?: string[];
  /** Categories the entry belongs to (O*NET commodity, ESCO broader concept). */
  broader?: string[];
  /** Words of which one must be near a short or ambiguous form. */
  context?: string[];
  /** The name is also an ordinary word or a first name: matches need context. */
  ambiguous?: boolean;
  /** O*NET marks it a "hot technology" (frequent in job postings). */
  hot?: boolean;
  sources: string[];
}

export interface KnowledgeBase {
  about: { description: string; licence: string; attribution: string[]; generatedBy: string };
  skills: KbSkill[];
}

interface Indexes {
  kb: KnowledgeBase;
  byId: Map<string, KbSkill>;
  byName: Map<string, KbSkill>;
}

export const knowledgeBaseFile = path.join(packageRoot, "data", "skills-kb.json");

let fileHash: string | undefined;
/** The knowledge base's content hash: a posting compiled against another knowledge base is not reused. */
export function knowledgeBaseHash(): string {
  fileHash ??= createHash("sha256").update(readFileSync(knowledgeBaseFile)).digest("hex");
  return fileHash;
}

let indexes: Indexes | undefined;
let nameIndexes: { byAlias: Map<string, KbSkill[]>; byAcronym: Map<string, KbSkill[]> } | undefined;

function load(): Indexes {
  if (indexes) return indexes;
  const kb = JSON.parse(readFileSync(knowledgeBaseFile, "utf8")) as KnowledgeBase;
  const byId = new Map<string, KbSkill>();
  const byName = new Map<string, KbSkill>();
  for (const skill of kb.skills) {
    byId.set(skill.id, skill);
    byName.set(nameKey(skill.name), skill);
  }
  indexes = { kb, byId, byName };
  return indexes;
}

/** Alias and acronym maps, built on the first free-text lookup only (a posting's concepts do not need them). */
function loadNames() {
  if (nameIndexes) return nameIndexes;
  const byAlias = new Map<string, KbSkill[]>();
  const byAcronym = new Map<string, KbSkill[]>();
  const add = (map: Map<string, KbSkill[]>, key: string, skill: KbSkill) => {
    const list = map.get(key);
    if (!list) map.set(key, [skill]);
    else if (!list.includes(skill)) list.push(skill);
  };
  for (const skill of load().kb.skills) {
    for (const alias of skill.aliases ?? []) add(byAlias, nameKey(alias), skill);
    for (const acronym of skill.acronyms ?? []) add(byAcronym, acronym, skill);
  }
  nameIndexes = { byAlias, byAcronym };
  return nameIndexes;
}

/** The whole knowledge base (loaded on first call, ~2 MB of JSON). */
export function knowledgeBase(): KnowledgeBase {
  return load().kb;
}

export function getSkill(id: string): KbSkill | undefined {
  return load().byId.get(id);
}

/**
 * The entry a written name refers to: its canonical name first, then a unique alias, then a unique
 * acronym as written; a trailing version is ignored ("Python 3.11"). Undefined when unknown or ambiguous.
 */
export function lookupSkill(text: string): KbSkill | undefined {
  const { byName } = load();
  const { byAlias, byAcronym } = loadNames();
  for (const candidate of new Set([text.trim(), withoutVersion(text)])) {
    const key = nameKey(candidate);
    const named = byName.get(key);
    if (named) return named;
    const aliased = byAlias.get(key);
    if (aliased?.length === 1) return aliased[0];
    const abbreviated = byAcronym.get(candidate);
    if (abbreviated?.length === 1) return abbreviated[0];
  }
  return undefined;
}

/** Context words for an ambiguous entry that has none of its own. */
const LANGUAGE_CONTEXT = ["programming", "language", "languages", "code", "Python", "Java", "C++", "software"];
const TECH_CONTEXT = ["software", "tool", "tools", "framework", "library", "platform", "programming", "data", "code"];

/** An entry as a posting concept: every name it has, ready for the matcher. */
export function skillConcept(skill: KbSkill, importance: Importance = "required"): SkillConcept {
  return expandInto(
    {
      id: skill.id,
      name: skill.name,
      aliases: [],
      acronyms: [],
      related: [],
      context: [],
      importance,
      keywords: [skill.name],
      kb: [skill.id],
    },
    [skill],
  );
}

/** The entries a concept draws on: its `kb` ids, or else the entry its name refers to. */
export function conceptEntries(concept: SkillConcept): KbSkill[] {
  if (concept.kb) {
    return concept.kb.map((id) => {
      const skill = getSkill(id);
      if (!skill) {
        throw new PostingError(
          "posting-unknown-kb",
          `skill "${concept.id}" names the unknown knowledge-base entry "${id}" (ids are in data/skills-kb.json)`,
        );
      }
      return skill;
    });
  }
  const byName = load().byName.get(nameKey(concept.name)) ?? load().byName.get(nameKey(withoutVersion(concept.name)));
  return byName ? [byName] : [];
}

/** A posting concept with the names of its knowledge-base entries merged in; the posting's own fields win. */
export function expandConcept(concept: SkillConcept): SkillConcept {
  const skills = conceptEntries(concept);
  return skills.length === 0 ? concept : expandInto(concept, skills);
}

/**
 * A posting whose concepts already carry their knowledge-base names (and `kb: []`, so nothing is looked up
 * again): scores the same, and a thread that only scores it never loads the knowledge base (~30 MB each).
 */
export function expandPosting(posting: Posting): Posting {
  const expand = (concept: SkillConcept) => ({ ...expandConcept(concept), kb: [] });
  return { ...posting, skills: posting.skills.map(expand), softSkills: posting.softSkills.map(expand) };
}

function expandInto(concept: SkillConcept, skills: KbSkill[]): SkillConcept {
  // The posting's own fields win: a term it calls related stays related even if the KB calls it an alias.
  const seen = new Set(
    [concept.name, ...concept.aliases, ...concept.acronyms, ...concept.keywords, ...concept.related].map((term) =>
      nameKey(term),
    ),
  );
  const fresh = (terms: string[]) =>
    terms.filter((term) => {
      const key = nameKey(term);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const aliases = fresh(skills.flatMap((skill) => [skill.name, ...(skill.aliases ?? [])]));
  const acronyms = fresh(skills.flatMap((skill) => skill.acronyms ?? []));
  const related = [
    ...concept.related,
    ...fresh(skills.flatMap((skill) => [...(skill.related ?? []), ...(skill.narrower ?? [])])),
  ];
  const ownContext = skills.flatMap((skill) => skill.context ?? []);
  const ambiguous = skills.some((skill) => skill.ambiguous);
  const context =
    concept.context.length > 0
      ? concept.context
      : ownContext.length > 0
        ? ownContext
        : ambiguous
          ? skills.some((skill) => skill.kind === "language")
            ? LANGUAGE_CONTEXT
            : TECH_CONTEXT
          : [];
  return {
    ...concept,
    aliases: [...concept.aliases, ...aliases],
    acronyms: [...concept.acronyms, ...acronyms],
    related,
    context,
  };
}
