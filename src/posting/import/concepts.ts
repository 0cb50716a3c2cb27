/**
 * The concepts an import collects: one per skill, merged across the places the posting names it, linked
 * to the knowledge base where an entry is unmistakably the same skill, with the lines it came from.
 */
import { lookupSkill, nameKey, withoutVersion, type KbSkill } from "../../kb/index.js";
import type { Importance } from "../../types.js";
import { coordinationForms, splitAcronym } from "./phrases.js";

/** Where a value came from, for the YAML comments. */
export interface Origin {
  line: number;
  text: string;
  /** Why it was read this way: "listed skill", "required (under "Requirements")", ... */
  how: string;
}

export interface DraftConcept {
  id: string;
  name: string;
  area?: string;
  /** Knowledge-base ids; [] when an entry of the same name exists but is a different thing. */
  kb?: string[];
  aliases: string[];
  acronyms: string[];
  context: string[];
  keywords: string[];
  importance: Importance;
  /** How the importance was decided: "stated" by a heading or phrase, or a "default". */
  basis: "stated-required" | "stated-preferred" | "listed" | "mentioned";
  soft: boolean;
  origins: Origin[];
}

/** Single words that are never a skill on their own, whatever list they sit in. */
export const GENERIC_WORDS = new Set(
  (
    "training deployment development experimentation research production implementation support maintenance " +
    "operations work tasks projects experience skills tools frameworks languages technologies systems solutions " +
    "environments practices teams products knowledge ability degree field fields areas etc others more related " +
    "things stuff plan act reason data business"
  ).split(" "),
);

/** A spelling no ordinary word has: inner capitals, digits or symbols ("SageMaker", "C++", "Next.js"). */
export const isDistinctive = (word: string) => /[+#/\d]|\.[A-Za-z]|[a-z][A-Z]|^[A-Z0-9]{2,}s?$/.test(word);

export const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\+\+/g, "pp")
    .replace(/#/g, "sharp")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");

/** Key under which two phrasings are one concept: case, hyphens and a plural "s" do not matter. */
const conceptKey = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s-]+/)
    .map((word) => (word.length > 3 ? word.replace(/s$/, "") : word))
    .join("");

/**
 * The knowledge-base entry a phrase names, only when that is unmistakable: no category or general
 * ESCO skill ("design" is an alias of "think creatively"); a one-word alias only when the posting wrote it
 * as a tool is written ("NodeJS", "C/C++") or as the entry's acronym; an ambiguous word ("Spark", "Go")
 * only capitalised and not at the start of a sentence; a word of a product's name that needs context
 * ("Designer" of Oracle Designer, "Project" of Microsoft Project) only when the posting also writes one of
 * its context words ("Oracle", "Excel"). The employer itself is never a skill.
 */
export function resolveKb(
  phrase: string,
  options: { sentenceStart: boolean; company: string; postingWords?: ReadonlySet<string> },
): KbSkill | undefined {
  const entry = lookupSkill(phrase);
  if (!entry || entry.kind === "category" || entry.kind === "skill") return undefined;
  if (options.company && nameKey(entry.name) === nameKey(options.company)) return undefined;
  const byName = nameKey(entry.name) === nameKey(phrase) || nameKey(entry.name) === nameKey(withoutVersion(phrase));
  if (/\s/.test(phrase.trim())) return entry;
  if (entry.ambiguous && (!/^[A-Z]/.test(phrase) || options.sentenceStart)) return undefined;
  // "Kafka" for Apache Kafka, "Excel" for Microsoft Excel; not "Analytics" opening a sentence.
  const partOfName = new RegExp(`(?:^|\\s)${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:\\s|$)`).test(entry.name);
  const properAlias = /^[A-Z][a-z]/.test(phrase) && (partOfName || !options.sentenceStart);
  const context = entry.context ?? [];
  if (!byName && partOfName && context.length > 0 && !context.some((word) => options.postingWords?.has(word))) {
    return undefined;
  }
  if (
    !byName &&
    !(entry.acronyms ?? []).includes(phrase) &&
    !isDistinctive(phrase) &&
    !properAlias &&
    entry.kind !== "language"
  ) {
    return undefined;
  }
  return entry;
}

export interface AddOptions {
  origin: Origin;
  importance: Importance;
  basis: DraftConcept["basis"];
  area?: string;
  /** Words that must be near a plain one-word name for it to count (the area's or the list's topic). */
  context?: string[];
  kb?: KbSkill;
  soft?: boolean;
  /** For soft skills: the fixed id and aliases of the table entry. */
  id?: string;
  aliases?: string[];
}

const BASIS_RANK: Record<DraftConcept["basis"], number> = {
  "stated-required": 3,
  "stated-preferred": 2,
  listed: 1,
  mentioned: 0,
};

/** Collects concepts, merging repeats by name, knowledge-base entry or spelled-out form. */
export class ConceptBook {
  readonly concepts: DraftConcept[] = [];
  private readonly byKey = new Map<string, DraftConcept>();
  private readonly ids = new Set<string>();

  constructor(
    private readonly company: string,
    /** Every word the posting writes, as written: the context a product's plain-word alias needs. */
    private readonly postingWords: ReadonlySet<string> = new Set(),
  ) {}

  kbFor(phrase: string, sentenceStart = false): KbSkill | undefined {
    return resolveKb(phrase, { sentenceStart, company: this.company, postingWords: this.postingWords });
  }

  /** Adds (or merges into) the concept a phrase names; returns its id, or undefined for an empty name. */
  add(phrase: string, options: AddOptions): string | undefined {
    const { name, acronym } = splitAcronym(phrase.trim());
    if (name.length > 120 || (name.length < 2 && !/^[A-Z]$/.test(name))) return undefined;
    if (this.company && nameKey(name) === nameKey(this.company)) return undefined;
    const forms = coordinationForms(name).filter((form) => form.length <= 120);
    // "distributed training and inference" is the KB's "distributed training" spelled out with more.
    const kb =
      options.kb ??
      this.kbFor(name) ??
      (acronym ? this.kbFor(acronym) : undefined) ??
      forms.map((form) => this.kbFor(form)).find(Boolean);
    const keys = [conceptKey(name), ...(kb ? [`kb:${kb.id}`] : []), ...(options.id ? [`id:${options.id}`] : [])];
    const existing = keys.map((key) => this.byKey.get(key)).find(Boolean);
    const concept = existing ?? this.create(name, kb, options);
    for (const key of keys) this.byKey.set(key, concept);
    merge(concept, { forms, acronym, options });
    return concept.id;
  }

  private create(name: string, kb: KbSkill | undefined, options: AddOptions): DraftConcept {
    let id = options.id ?? (kb ? kb.id : slug(name) || "skill");
    for (let suffix = 2; this.ids.has(id); suffix++) id = `${id.replace(/-\d+$/, "")}-${suffix}`;
    this.ids.add(id);
    const concept: DraftConcept = {
      id,
      name,
      ...(kb ? { kb: [kb.id] } : {}),
      aliases: [],
      acronyms: [],
      context: [],
      keywords: [name],
      importance: options.importance,
      basis: options.basis,
      soft: Boolean(options.soft),
      origins: [],
    };
    this.concepts.push(concept);
    return concept;
  }

  get(id: string): DraftConcept | undefined {
    return this.concepts.find((concept) => concept.id === id);
  }
}

function merge(
  concept: DraftConcept,
  { forms, acronym, options }: { forms: string[]; acronym?: string; options: AddOptions },
): void {
  const known = new Set([concept.name, ...concept.aliases].map(conceptKey));
  for (const alias of [...forms, ...(options.aliases ?? [])]) {
    if (!known.has(conceptKey(alias))) {
      concept.aliases.push(alias);
      known.add(conceptKey(alias));
    }
  }
  if (acronym && !concept.acronyms.includes(acronym)) concept.acronyms.push(acronym);
  if (options.area && !concept.area) concept.area = options.area;
  if (concept.context.length === 0 && options.context) concept.context.push(...options.context);
  if (BASIS_RANK[options.basis] > BASIS_RANK[concept.basis]) {
    concept.basis = options.basis;
    concept.importance = options.importance;
  }
  if (
    concept.origins.length < 3 &&
    !concept.origins.some((origin) => origin.line === options.origin.line && origin.text === options.origin.text)
  ) {
    concept.origins.push(options.origin);
  }
}
