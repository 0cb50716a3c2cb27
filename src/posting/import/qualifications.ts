/**
 * Reads clauses into concepts, domain areas and requirements. Qualifications become checklist items with
 * the posting's own logic ("one of", "e.g." lists); a skills list gives concepts only; the description
 * gives only what is plainly a named tool or a knowledge-base skill.
 */
import type { Importance, Requirement } from "../../types.js";
import { ConceptBook, GENERIC_WORDS, isDistinctive, slug, type DraftConcept, type Origin } from "./concepts.js";
import { readEducation, type EducationFinding } from "./education.js";
import { cleanPhrase, splitList, statedMinimum, takeGroups, type Group } from "./phrases.js";
import { findMentions } from "./mentions.js";
import {
  ADVERB,
  FUNCTION_WORDS,
  CONDITION,
  NOT_A_SKILL,
  contextWords,
  parentName,
  shorten,
  withoutContainer,
  words,
} from "./names.js";
import type { Clause } from "./sections.js";
import { LANGUAGE_CUE, SOFT_SKILLS, SPOKEN_LANGUAGES } from "./soft-skills.js";

export interface DraftRequirement extends Requirement {
  origin: Origin;
}

export interface DraftArea {
  id: string;
  name: string;
  acronym?: string;
  origin: Origin;
}

/** A degree the posting lets experience replace: "or equivalent practical experience", "or equivalent work experience". */
const EQUIVALENT_EXPERIENCE =
  /\bor (?:an? )?equivalent (?:(?:practical|work|professional|industry|relevant) )*experience\b/i;

/** "Natural Language Processing (NLP): Large Language Models, fine-tuning, ..." */
const AREA_LINE = /^([A-Z][^:]{1,60}?)(?:\s*\(([A-Z][A-Za-z]{1,7})\))?:\s+(.+)$/s;

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
        // "BA/BS degree or equivalent practical experience": the degree is one way in, so it weighs as another item.
        const weight = EQUIVALENT_EXPERIENCE.test(clause.text) ? 1 : 2;
        this.addRequirement("education", `Degree: ${shorten(clause.text, 90)}`, "education", [], 1, context, weight);
      }
      return ["education"];
    }
    if (CONDITION.test(clause.text)) return [];
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
      ? [...soft, ...findMentions(this.book, clause.text, context, false)]
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
    return findMentions(this.book, clause.text, context, false);
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
    // "as a member of a professional services team" is a sentence fragment, not a listed skill.
    const functionWords = words(name).filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length;
    const fragment = FUNCTION_WORDS.has(words(name)[0]?.toLowerCase() ?? "") || functionWords >= 2;
    if (
      count === 0 ||
      count > 12 ||
      fragment ||
      NOT_A_SKILL.test(name) ||
      (count === 1 && GENERIC_WORDS.has(name.toLowerCase()))
    ) {
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
    // A bullet of a word or two ("Kafka") is a list entry, as much as an item of a comma list.
    const listed = items.length > 1 || words(cleanPhrase(rest)).length <= 3;
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
    if (count === 0 || NOT_A_SKILL.test(name)) return [];
    const kb = this.book.kbFor(name);
    const nounPhrase =
      count <= 5 &&
      words(name).every((word) => !FUNCTION_WORDS.has(word.toLowerCase()) && !ADVERB.test(word.toLowerCase())) &&
      !(count === 1 && (GENERIC_WORDS.has(name.toLowerCase()) || (!listed && !isDistinctive(name) && !kb)));
    const pair = kb ? undefined : this.twoSkills(name);
    if (pair) return [...this.strict(pair[0], context, true), ...this.strict(pair[1], context, true)];
    if (kb || nounPhrase) {
      const id = this.book.add(name, { ...context, kb });
      return id ? [id] : [];
    }
    return findMentions(this.book, phrase, context, true);
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
    const known = (side: string) => isDistinctive(side) || Boolean(this.book.kbFor(side));
    // Two single words are two names when either is known or the second is capitalised ("dbt and Airflow",
    // "Spring y Hibernate"); a capital on the first word alone may just start the item.
    const named = (side: string) => known(side) || /^[A-Z]/.test(side);
    const split =
      left.length === 1 && right.length === 1
        ? (named(match[1]) && named(match[2])) || known(match[1]) || known(match[2]) || /^[A-Z]/.test(match[2])
        : left.length === 1
          ? known(match[1])
          : right.length === 1
            ? known(match[2])
            : left[0].toLowerCase() !== right[0].toLowerCase();
    return split ? [match[1], match[2]] : undefined;
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
