/**
 * Reads clauses into concepts, domain areas and requirements. Qualifications become checklist items with
 * the posting's own logic ("one of", "e.g." lists); a skills list gives concepts only; the description
 * gives only what is plainly a named tool or a knowledge-base skill.
 */
import type { Importance, Requirement } from "../../types.js";
import { ConceptBook, GENERIC_WORDS, isDistinctive, slug, type DraftConcept, type Origin } from "./concepts.js";
import { readEducation, type EducationFinding } from "./education.js";
import { cleanPhrase, splitList, statedMinimum, takeGroups, type Group } from "./phrases.js";
import type { Clause } from "./sections.js";

export interface DraftRequirement extends Requirement {
  origin: Origin;
}

export interface DraftArea {
  id: string;
  name: string;
  acronym?: string;
  origin: Origin;
}

const SOFT_SKILLS: { id: string; name: string; pattern: RegExp; aliases: string[] }[] = [
  {
    id: "communication",
    name: "communication",
    pattern: /\bcommunicat\w*|\bcomunicaci[oó]n/i,
    aliases: ["communication skills", "written communication", "verbal communication", "presentation skills"],
  },
  {
    id: "teamwork",
    name: "teamwork",
    pattern: /\bteam ?work|\bcollaborat\w*|\btrabaj\w* en equipo/i,
    aliases: ["collaboration", "cross-functional collaboration", "team player"],
  },
  {
    id: "leadership",
    name: "leadership",
    pattern: /\bleadership\b|\blead(?:ing)? (?:a )?teams?\b/i,
    aliases: ["team leadership", "led a team", "mentoring"],
  },
  {
    id: "problem-solving",
    name: "problem solving",
    pattern: /\bproblem[- ]solving\b|\bsolv\w* (?:complex |open-ended |ambiguous )?(?:problems|challenges)/i,
    aliases: ["problem-solving", "analytical thinking"],
  },
  {
    id: "self-motivation",
    name: "self-motivated",
    pattern: /\bself[- ](?:motivated|driven|starter)|\bcurious\b|\bcuriosity\b/i,
    aliases: ["self-driven", "self-starter", "curiosity", "curious"],
  },
  {
    id: "stakeholder-management",
    name: "stakeholder management",
    pattern: /\bstakeholders?\b/i,
    aliases: ["stakeholder communication", "worked with stakeholders"],
  },
  {
    id: "attention-to-detail",
    name: "attention to detail",
    pattern: /\battention to detail|detail[- ]oriented/i,
    aliases: ["detail-oriented"],
  },
  {
    id: "adaptability",
    name: "adaptability",
    pattern: /\badaptab\w*|\badapt to change|adaptaci[oó]n al cambio/i,
    aliases: ["adaptable", "flexibility"],
  },
];

const SPOKEN_LANGUAGES =
  /\b(English|Mandarin|Cantonese|Chinese|Spanish|French|German|Japanese|Korean|Portuguese|Italian|Hindi|Arabic|Russian|Dutch|Polish|Turkish|Hebrew|Vietnamese|Thai|Indonesian|Swedish)\b/g;
const LANGUAGE_CUE =
  /\b(fluent|fluency|fluently|speak|spoken|write|written|proficien\w*|native|bilingual|idiomatic\w*|language)\b/i;

/** Words that show a phrase is prose, not a skill name. */
const FUNCTION_WORDS = new Set(
  (
    "a an the to with our your their his her its this that these those we you they i is are be been being will " +
    "would can could should must may able who which what when where how why directly across through within into " +
    "about than then very highly well not no via per also such other manage communicate work drive lead build " +
    "develop design deliver collaborate influence solve learn travel speak write handle prioritize partner thrive " +
    "adapt own navigate translate present negotiate ensure support create make take use apply identify excited " +
    "passion passionate desire willingness willing interest interested"
  ).split(" "),
);
const ADVERB = /(?:ally|ively|ently|ctly|ously)$/;
const words = (phrase: string) => phrase.split(/\s+/).filter(Boolean);

/** Trailing words that make a phrase a container of examples: "common frameworks", "best practices". */
const CONTAINER_TAIL =
  /\s*\b(?:frameworks?|tools?|libraries|library|technologies|technology|platforms?|environments?|paradigms?|best practices|practices|concepts|challenges|programming languages?|languages\/platforms)$/i;
/** "... and associated frameworks": a second container joined to the first. */
const JOINED_CONTAINER = /\s+(?:and|or)\s+(?:associated|related|relevant|common|other)\s+[\w/-]+$/i;
const EMPTY_ADJECTIVES =
  /^(?:common|modern|standard|popular|associated|related|major|relevant|various|best|other|similar|key|core|general|industry|typical|mainstream)$/i;
const DANGLING = /^(?:using|with|via|in|on|for|of|and|or|the|a|an|to|by)$/i;
/** Phrases that close a list without naming a skill. */
const NOT_A_SKILL =
  /^(?:(?:and\s+)?(?:related|other|similar)\s+(?:areas|fields|topics|things|technologies|tools|data sources)|from\s+\S+\s+to\s+\S+)$/i;

/** A phrase without its container words: "distributed computing environments" -> "distributed computing". */
function withoutContainer(phrase: string): string {
  let name = phrase;
  for (let previous = ""; previous !== name;) {
    previous = name;
    name = name.replace(JOINED_CONTAINER, "").replace(CONTAINER_TAIL, "").trim();
    const parts = words(name);
    while (
      parts.length > 0 &&
      (EMPTY_ADJECTIVES.test(parts[parts.length - 1]) || DANGLING.test(parts[parts.length - 1]))
    ) {
      parts.pop();
    }
    name = parts.join(" ");
  }
  return name;
}

/** The skill a group's anchor names once its container words are gone, or "" ("common frameworks" -> ""). */
function parentName(anchor: string): string {
  if (statedMinimum(anchor)) return "";
  const name = withoutContainer(cleanPhrase(anchor));
  const kept = words(name).filter((word) => !EMPTY_ADJECTIVES.test(word));
  if (kept.length === 0 || (kept.length === 1 && GENERIC_WORDS.has(kept[0].toLowerCase()))) return "";
  return kept.join(" ");
}

const CONTEXT_NOISE =
  /^(?:familiarity|familiar|comfortable|experience|knowledge|understanding|strong|using|including|related|areas?|common|challenges|best|practices|other|such)$/i;
/** Content words of a topic, as context for plain one-word skills listed under it. */
const contextWords = (text: string, own: string) =>
  [
    ...new Set(
      words(text.replace(/[(),:;.&/]/g, " "))
        .filter((word) => /^[A-Z]{2,}s?$/.test(word) || word.length >= 4)
        .map((word) => (/^[A-Z]{2,}s?$/.test(word) ? word : word.toLowerCase()))
        .filter(
          (word) =>
            word !== own.toLowerCase() &&
            !FUNCTION_WORDS.has(word) &&
            !CONTEXT_NOISE.test(word) &&
            !GENERIC_WORDS.has(word),
        ),
    ),
  ].slice(0, 12);

const shorten = (text: string, limit = 100) => {
  const clean = text.replace(/\s+/g, " ").replace(/[.;:,\s]+$/, "");
  if (clean.length <= limit) return clean;
  return `${clean.slice(0, clean.lastIndexOf(" ", limit - 1))}…`;
};

interface Context {
  origin: Origin;
  importance: Importance;
  basis: DraftConcept["basis"];
  area?: string;
  topic?: string;
}

export class QualificationReader {
  readonly areas: DraftArea[] = [];
  readonly requirements: DraftRequirement[] = [];
  education?: { finding: EducationFinding; importance: Importance; origin: Origin };
  private areaUnit = -1;
  private readonly requirementIds = new Set<string>();

  constructor(private readonly book: ConceptBook) {}

  /** A qualification clause (required or preferred section, or an inline cue): returns the ids it produced. */
  readQualification(clause: Clause, origin: Origin): string[] {
    const context: Context = {
      origin,
      importance: clause.importance,
      basis: clause.importance === "preferred" ? "stated-preferred" : "stated-required",
    };
    const education = readEducation(clause.text);
    if (education) {
      if (!this.education || (this.education.importance === "preferred" && clause.importance === "required")) {
        this.education = { finding: education, importance: clause.importance, origin };
        this.addRequirement("education", `Degree: ${shorten(clause.text, 90)}`, "education", [], 1, context, 2);
      }
      return ["education"];
    }
    const areaCue =
      /^(.*?\b(?:one or more|at least \w+|any(?: one)?) of the following[^:]*\b(?:areas|domains|fields|topics)\b[^:]*):\s*(.*)$/i.exec(
        clause.text,
      );
    if (areaCue) {
      this.areaUnit = clause.unit;
      const min = statedMinimum(areaCue[1])?.min ?? 1;
      this.addRequirement("domain-expertise", shorten(areaCue[1]), "any-area", [], min, context, 2);
      return ["domain-expertise", ...(areaCue[2] ? this.readArea(areaCue[2], context) : [])];
    }
    if (this.areaUnit >= 0 && (clause.unit === this.areaUnit || AREA_LINE.test(clause.text))) {
      this.areaUnit = clause.unit;
      return this.readArea(clause.text, context);
    }
    this.areaUnit = -1;
    const soft = this.readSoftSkills(clause.text, context);
    // "Great communication skills, both oral and written": only named tools besides the soft skill.
    return soft.length > 0
      ? [...soft, ...this.mentions(clause.text, context, false)]
      : this.readSkills(clause.text, context, true);
  }

  /** An entry of a skills list: a concept (and its examples), no checklist item. */
  readListed(clause: Clause, origin: Origin): string[] {
    const context: Context = { origin, importance: "required", basis: "listed" };
    const { rest, groups } = takeGroups(clause.text);
    const ids = groups.flatMap((group) => this.groupConcepts(group, context, false).ids);
    if (groups.length > 0) {
      const parent = parentName(rest);
      return [...(parent ? this.lenient(parent, context) : []), ...ids];
    }
    const items = splitList(rest);
    // "Python, SQL, Tableau" on one line is a list; a longer entry with commas is one skill.
    const entries = items.items.every((item) => words(item).length <= 3) ? items.items : [rest];
    return [...ids, ...entries.flatMap((entry) => (statedMinimum(entry) ? [] : this.lenient(entry, context)))];
  }

  /** A description sentence: only named tools and knowledge-base skills, as mentions. */
  readMentions(clause: Clause, origin: Origin): string[] {
    const context: Context = {
      origin,
      importance: clause.importance,
      basis: clause.explicit ? "stated-preferred" : "mentioned",
    };
    return this.mentions(clause.text, context, false);
  }

  private readArea(text: string, context: Context): string[] {
    const line = AREA_LINE.exec(text);
    let body = text;
    if (line) {
      const id = slug(line[1]);
      if (!this.areas.some((area) => area.id === id)) {
        this.areas.push({ id, name: line[1].trim(), ...(line[2] ? { acronym: line[2] } : {}), origin: context.origin });
      }
      this.currentArea = { id, topic: `${line[1]} ${line[2] ?? ""} ${line[3]}` };
      body = line[3];
    }
    if (!this.currentArea) return [];
    const areaContext = { ...context, area: this.currentArea.id, topic: this.currentArea.topic };
    const { rest, groups } = takeGroups(body);
    const ids = groups.flatMap((group) => this.groupConcepts(group, areaContext, false).ids);
    // A sentence after the area's list ("Experience handling and integrating text, ...") is one skill.
    const items = line ? splitList(rest).items : [rest];
    let inRelativeClause = false;
    for (const item of items) {
      const relative = /\b(?:that|which|who)\b/i.exec(item);
      if (inRelativeClause) continue;
      const phrase = relative ? item.slice(0, relative.index) : item;
      inRelativeClause = Boolean(relative);
      ids.push(...this.lenient(phrase, areaContext));
    }
    return ids;
  }

  private currentArea?: { id: string; topic: string };

  /** A phrase the posting lists as a skill: kept unless it is empty, generic or a sentence. */
  private lenient(phrase: string, context: Context): string[] {
    let name = cleanPhrase(phrase);
    // "scalable systems for model development, training, and deployment": the generic tail goes.
    const commaItems = splitList(name).items;
    if (commaItems.length > 1 && commaItems.slice(1).every((item) => GENERIC_WORDS.has(item.toLowerCase()))) {
      name = commaItems[0];
    }
    name = withoutContainer(name) || name;
    const pair = this.twoSkills(name);
    if (pair) return [...this.lenient(pair[0], context), ...this.lenient(pair[1], context)];
    const count = words(name).length;
    if (count === 0 || count > 12 || NOT_A_SKILL.test(name) || (count === 1 && GENERIC_WORDS.has(name.toLowerCase()))) {
      return [];
    }
    const kb = this.book.kbFor(name);
    const plainWord = count === 1 && !kb && !isDistinctive(name) && /^[a-z]/.test(name);
    const id = this.book.add(name, {
      ...context,
      kb,
      ...(plainWord && context.topic ? { context: contextWords(context.topic, name) } : {}),
    });
    return id ? [id] : [];
  }

  private groupConcepts(group: Group, context: Context, withParent: boolean): { ids: string[]; parent?: string } {
    const topic = `${group.anchor} ${group.items.join(" ")}`;
    const ids = group.items.flatMap((item) => this.lenient(item, { ...context, topic: context.topic ?? topic }));
    const parent = withParent ? parentName(group.anchor) : "";
    const parentId = parent ? this.strict(parent, context, false)[0] : undefined;
    return { ids: parentId ? [parentId, ...ids] : ids, parent: parentId };
  }

  /** Skills of a qualification sentence: example groups, then the rest of its list. */
  private readSkills(text: string, context: Context, asRequirement: boolean): string[] {
    const taken = takeGroups(text);
    const { groups } = taken;
    // The words a group illustrates are read with the group, not again as a phrase of their own.
    const rest = groups.reduce((remaining, group) => remaining.replace(group.anchor, " "), taken.rest);
    const produced: string[] = [];
    for (const group of groups) {
      const { ids } = this.groupConcepts(group, context, true);
      if (ids.length === 0) continue;
      produced.push(...ids);
      const min = Math.min(group.min, ids.length);
      if (asRequirement) this.addRequirement(ids[0], shorten(text), "any-skill", ids, min, context);
    }
    const { items, joiner } = splitList(rest);
    const listed = items.length > 1;
    const own = items.flatMap((item) => this.strict(item, context, listed));
    const unique = [...new Set(own.filter((id) => !produced.includes(id)))];
    produced.push(...unique);
    if (asRequirement && unique.length > 0) {
      const alternatives = joiner === "or" || statedMinimum(rest) !== undefined;
      this.addRequirement(unique[0], shorten(text), "any-skill", unique, alternatives ? 1 : unique.length, context);
    }
    return produced;
  }

  /**
   * A phrase from prose: the whole phrase when it is a knowledge-base skill, a named tool or a short noun
   * phrase; otherwise the tools and knowledge-base skills inside it.
   */
  private strict(phrase: string, context: Context, listed: boolean): string[] {
    const cleaned = cleanPhrase(phrase);
    // "common challenges", "associated frameworks": a container with nothing in it.
    const name = withoutContainer(cleaned) === "" ? "" : cleaned;
    const count = words(name).length;
    if (count === 0) return [];
    const kb = this.book.kbFor(name);
    const nounPhrase =
      count <= 5 &&
      words(name).every((word) => !FUNCTION_WORDS.has(word.toLowerCase()) && !ADVERB.test(word.toLowerCase())) &&
      !(count === 1 && (GENERIC_WORDS.has(name.toLowerCase()) || (!listed && !isDistinctive(name) && !kb)));
    const pair = kb ? undefined : this.twoSkills(name);
    if (pair) return [...this.strict(pair[0], context, listed), ...this.strict(pair[1], context, listed)];
    if (kb || nounPhrase) {
      const id = this.book.add(name, { ...context, kb });
      return id ? [id] : [];
    }
    return this.mentions(phrase, context, true);
  }

  /**
   * The two skills an "X and Y" phrase names, or undefined when it is one coordinated name: "SQL and
   * distributed compute" and "Spring y Hibernate" are two; "image and video understanding", "alignment and
   * post-training" and "dynamic panel and dynamic choice modeling" are one skill each.
   */
  private twoSkills(name: string): [string, string] | undefined {
    const match = /^(.+?)\s+(?:and|&|y)\s+(.+)$/.exec(name);
    if (!match || name.includes(",") || this.book.kbFor(name)) return undefined;
    const [left, right] = [words(match[1]), words(match[2])];
    const known = (side: string) =>
      isDistinctive(side) || Boolean(this.book.kbFor(side)) || (words(side).length === 1 && /^[A-Z]/.test(side));
    const split =
      left.length === 1 && right.length === 1
        ? known(match[1]) && known(match[2])
        : left.length === 1
          ? known(match[1])
          : right.length === 1
            ? known(match[2])
            : left[0].toLowerCase() !== right[0].toLowerCase();
    return split ? [match[1], match[2]] : undefined;
  }

  /** Knowledge-base skills and named tools inside a longer phrase. */
  private mentions(text: string, context: Context, inQualification: boolean): string[] {
    const tokens = text.split(/\s+/).map((token) => token.replace(/^[("'[]+|[)"'\],.;:!?]+$/g, ""));
    const ids: string[] = [];
    const used = new Set<number>();
    for (let size = 4; size >= 1; size--) {
      for (let start = 0; start + size <= tokens.length; start++) {
        const span = tokens.slice(start, start + size);
        if (span.some((_, offset) => used.has(start + offset)) || span.some((token) => token === "")) continue;
        if (size > 1 && (STOP_EDGE.test(span[0]) || STOP_EDGE.test(span[size - 1]))) continue;
        const kb = this.book.kbFor(span.join(" "), start === 0);
        if (!kb) continue;
        const id = this.book.add(span.join(" "), { ...context, kb });
        if (id) ids.push(id);
        span.forEach((_, offset) => used.add(start + offset));
      }
    }
    // Named tools the knowledge base does not know: "Triton Inference Server", "SageMaker", "WhyLogs".
    let run: string[] = [];
    const flush = () => {
      const named = inQualification
        ? run.some(isDistinctive) || run.length >= 2 || run.length === 1
        : run.some(hasInnerShape);
      if (run.length > 0 && run.length <= 4 && named) {
        const id = this.book.add(run.join(" "), { ...context });
        if (id) ids.push(id);
      }
      run = [];
    };
    const raw = text.split(/\s+/);
    tokens.forEach((token, index) => {
      const proper = /^[A-Z][\w.+#/-]*$/.test(token) && !used.has(index) && !NOT_TOOLS.has(token) && index > 0;
      if (proper && (isDistinctive(token) || /^[A-Z][a-z]/.test(token))) run.push(token);
      else flush();
      // A comma or a full stop ends a name: "Content, Choosing & Conversation" are three.
      if (/[,;:.)]$/.test(raw[index] ?? "") && !/\.[a-z]+$/.test(raw[index] ?? "")) flush();
    });
    flush();
    return ids;
  }

  private readSoftSkills(text: string, context: Context): string[] {
    const ids: string[] = [];
    for (const soft of SOFT_SKILLS) {
      if (!soft.pattern.test(text)) continue;
      const id = this.book.add(soft.name, { ...context, id: soft.id, aliases: soft.aliases, soft: true });
      if (!id) continue;
      ids.push(id);
      this.addRequirement(id, shorten(text), "any-skill", [id], 1, context, 0.25);
    }
    if (LANGUAGE_CUE.test(text)) {
      const languages = [...new Set([...text.matchAll(SPOKEN_LANGUAGES)].map((match) => match[1]))];
      const languageIds = languages.flatMap((language) => this.book.add(language, { ...context }) ?? []);
      if (languageIds.length > 0) {
        ids.push(...languageIds);
        const alternatives = /\bor\b/i.test(text);
        this.addRequirement(
          languageIds[0],
          shorten(text),
          "any-skill",
          languageIds,
          alternatives ? 1 : languageIds.length,
          context,
        );
      }
    }
    return ids;
  }

  private addRequirement(
    base: string,
    label: string,
    kind: Requirement["kind"],
    skills: string[],
    min: number,
    context: Context,
    weight = context.importance === "preferred" ? 0.5 : 1,
  ): void {
    const same = this.requirements.find(
      (requirement) =>
        requirement.kind === kind &&
        requirement.min === min &&
        requirement.skills.length === skills.length &&
        requirement.skills.every((id) => skills.includes(id)),
    );
    if (same) {
      if (same.importance === "preferred" && context.importance === "required") same.importance = "required";
      return;
    }
    let id = slug(base) || "requirement";
    for (let suffix = 2; this.requirementIds.has(id); suffix++) id = `${slug(base)}-${suffix}`;
    this.requirementIds.add(id);
    this.requirements.push({
      id,
      label,
      importance: context.importance,
      kind,
      skills,
      min,
      weight,
      origin: context.origin,
    });
  }
}

/** Inner capitals, digits or symbols: what marks a product name in a description ("SageMaker", "C++"). */
const hasInnerShape = (word: string) => /[+#/\d]|\.[A-Za-z]|[a-z][A-Z]/.test(word);

/** "Natural Language Processing (NLP): Large Language Models, fine-tuning, ..." */
const AREA_LINE = /^([A-Z][^:]{1,60}?)(?:\s*\(([A-Z][A-Za-z]{1,7})\))?:\s+(.+)$/s;
const STOP_EDGE = /^(?:and|or|of|in|on|with|the|a|an|to|for|at|by|as|using|via|from|is|are)$/i;
/** Capitalised words that are not tools. */
const NOT_TOOLS = new Set(
  (
    "I A An The We You Our Your This That These Those It In On At For With And Or Of To By As If Must Should " +
    "BS BA MS MSc MBA PhD Ph.D. BA/BS BS/BA US USA UK EU Inc Ltd LLC " +
    "January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
  ).split(" "),
);
