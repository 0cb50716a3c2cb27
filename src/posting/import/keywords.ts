/**
 * The posting's other keywords: the words and word pairs it repeats that are not skills (job-title words,
 * domain nouns such as "audit", "reconciliation", "campaign"), which an ATS keyword search types as well.
 * Candidates are the runs of words between stop words and punctuation, as in RAKE (Rose et al., "Automatic
 * Keyword Extraction from Individual Documents", 2010); each is weighed by how often this posting says it,
 * the title three times. Only the posting's own text is read: no corpus, so the result is the same on any
 * machine and a reviewer can see why each word is there.
 */
import { singular } from "../../nlp/tokens.js";
import type { Origin } from "./concepts.js";
import type { Clause, Role } from "./sections.js";

export interface DraftKeyword {
  term: string;
  weight: number;
  /** Where the posting first says it. */
  origin: Origin;
}

/** At most this many keywords: enough for the posting's vocabulary, few enough to review. */
export const MAX_KEYWORDS = 30;
/** The title names the job: its words count as if the posting said them this many times. */
const TITLE_WEIGHT = 3;
/** A word pair is a keyword only when the posting uses it at least this much: one-off pairs are chance. */
const MIN_PAIR_WEIGHT = 2;
/** The parts of a posting that describe the job; "about us", benefits and how to apply do not. */
const ROLES = new Set<Role>(["intro", "responsibilities", "required", "preferred", "skills"]);

/**
 * Words no keyword search is about: English function words, the wording every job ad shares (experience,
 * qualifications, degree, strong...) and the verbs every ad and resume use (manage, develop, support...).
 * Nouns such as "development" or "management" stay: they carry the field.
 */
const STOP_WORDS = new Set(
  (
    "a about above across after again against all almost along already also although always am among an and " +
    "another any anyone anything are around as at be because been before being below between both but by can " +
    "cannot could did do does doing done down during each either else even ever every few for from further had " +
    "has have having he her here him his how however i if in into is it its itself just least less like many may " +
    "me might more most much must my near neither no nor not now of off often on once one only onto or other " +
    "others our ours out over own per perhaps please quite rather same several shall she should since so some " +
    "such than that the their them themselves then there these they this those though through throughout thus " +
    "to together too toward towards under until up upon us very via was we well were what whatever when where " +
    "whether which while who whom whose why will with within without would yet you your yours etc " +
    // the wording of job ads
    "ability able applicant candidate role position job opportunity company team member people person " +
    "experience experienced year month week day time level degree equivalent practical related relevant field " +
    "area bachelor master ba bs ms msc mba phd qualification requirement responsibility preferred required " +
    "minimum plus bonus strong excellent good great solid proven demonstrated track record knowledge " +
    "understanding familiarity proficiency proficient expertise skill including include various variety range " +
    "wide multiple key high highly new environment fast-paced paced world way thing part kind type example " +
    "successful effective effectively ideal ideally preferably currently equal opportunity employer cross-functional " +
    "senior junior " +
    "january february march april may june july august september october november december " +
    // verbs every ad and resume use
    "achieve act apply assist become bring build collaborate communicate contribute create define deliver " +
    "demonstrate develop drive enable ensure establish execute focus gain get give grow help identify improve " +
    "increase join keep lead learn leverage look maintain make manage meet need perform prepare provide pursue " +
    "reach run see seek serve set share solve support take think understand use utilize want work"
  ).split(" "),
);

/** The forms a stop word may take: "supports", "managed", "developing", "using" find "support", "manage"... */
const INFLECTIONS: [RegExp, string][] = [
  [/s$/, ""],
  [/es$/, ""],
  [/d$/, ""],
  [/ed$/, ""],
  [/ing$/, ""],
  [/ing$/, "e"],
];
/** Nouns that look like a stop verb's "-ing" form: "machine learning", "team building", "decision making". */
const ING_NOUNS = new Set("learning building meeting making setting thinking giving".split(" "));
const isStopWord = (word: string) =>
  STOP_WORDS.has(word) ||
  (!ING_NOUNS.has(word) && INFLECTIONS.some(([ending, base]) => STOP_WORDS.has(word.replace(ending, base))));

/** Separators a keyword never spans: punctuation, and a slash or an ampersand between words. */
const SEGMENT_BREAK = /[,;:.!?()[\]{}"“”|•]+|\s[-–—&/+]\s|\//;

/** Key under which two spellings are one keyword: lower case, a plural "s" dropped. */
const keyOf = (words: string[]) => words.map((word) => singular(word.toLowerCase())).join(" ");

/** A word as a keyword writes it: lower case, unless it is an acronym or has inner capitals ("CRM", "AdWords"). */
const written = (word: string) => (/^[A-Z]{2,}s?$|[a-z][A-Z]/.test(word) ? word : word.toLowerCase());

interface Tally {
  term: string;
  weight: number;
  origin: Origin;
  order: number;
}

export interface KeywordSource {
  clauses: Clause[];
  /** The job title and the line it is on (0 when it was given rather than found). */
  title?: { text: string; line: number };
  /** Words never taken: the employer's name and the places the posting names. */
  exclude: string[];
  /** Skill names, keywords and aliases: already counted as skills, so not repeated here. */
  skills: string[];
}

/** The posting's most repeated words and word pairs that are not skills, heaviest first. */
export function findKeywords(source: KeywordSource): DraftKeyword[] {
  const excluded = new Set(source.exclude.flatMap((text) => text.toLowerCase().split(/[^\p{L}]+/u)).filter(Boolean));
  const skills = new Set(source.skills.map((name) => keyOf(name.split(/[\s-]+/))));
  const tallies = new Map<string, Tally>();
  const add = (words: string[], weight: number, origin: Origin) => {
    const key = keyOf(words);
    const tally = tallies.get(key) ?? { term: words.map(written).join(" "), weight: 0, origin, order: tallies.size };
    tally.weight += weight;
    tallies.set(key, tally);
  };
  const read = (text: string, weight: number, origin: Origin) => {
    for (const segment of text.split(SEGMENT_BREAK)) {
      const words = segment
        .split(/\s+/)
        .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "").replace(/['’]s$/, ""))
        .map((word) =>
          /^\p{L}[\p{L}'’-]*\p{L}$/u.test(word) &&
          word.length >= 3 &&
          !isStopWord(word.toLowerCase()) &&
          !excluded.has(word.toLowerCase())
            ? word
            : undefined,
        );
      words.forEach((word, index) => {
        if (!word) return;
        add([word], weight, origin);
        const next = words[index + 1];
        if (next) add([word, next], weight, origin);
      });
    }
  };
  const { title } = source;
  if (title) read(title.text, TITLE_WEIGHT, { line: title.line, text: title.text, how: "title" });
  for (const clause of source.clauses) {
    if (!ROLES.has(clause.role) || clause.text.trim().toLowerCase() === title?.text.trim().toLowerCase()) continue;
    read(clause.text, 1, { line: clause.line, text: clause.text, how: clause.role });
  }
  return [...tallies]
    .filter(([key, tally]) => !skills.has(key) && (!key.includes(" ") || tally.weight >= MIN_PAIR_WEIGHT))
    .map(([, tally]) => tally)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, MAX_KEYWORDS)
    .map(({ term, weight, origin }) => ({ term, weight, origin }));
}
