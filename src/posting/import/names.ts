/** Word-level tests on phrases: prose or a name, container words, context words for plain one-word skills. */
import { GENERIC_WORDS } from "./concepts.js";
import { cleanPhrase, statedMinimum } from "./phrases.js";

/** Words that show a phrase is prose, not a skill name. */
export const FUNCTION_WORDS = new Set(
  (
    "a an the to with our your their his her its this that these those we you they i is are be been being will " +
    "would can could should must may able who which what when where how why directly across through within into " +
    "about than then very highly well not no via per also such other manage communicate work drive lead build " +
    "develop design deliver collaborate influence solve learn travel speak write handle prioritize partner thrive " +
    "adapt own navigate translate present negotiate ensure support create make take use apply identify excited " +
    "passion passionate desire willingness willing interest interested as understand implement implementing " +
    "contribute one similar"
  ).split(" "),
);
export const ADVERB = /(?:ally|ively|ently|ctly|ously)$/;
export const words = (phrase: string) => phrase.split(/\s+/).filter(Boolean);

/** Trailing words that make a phrase a container of examples: "common frameworks", "best practices". */
const CONTAINER_TAIL =
  /\s*\b(?:frameworks?|tools?|libraries|library|technologies|technology|platforms?|environments?|paradigms?|best practices|practices|concepts|challenges|programming languages?|languages\/platforms)$/i;
/** "... and associated frameworks": a second container joined to the first. */
const JOINED_CONTAINER = /\s+(?:and|or)\s+(?:associated|related|relevant|common|other)\s+[\w/-]+$/i;
const EMPTY_ADJECTIVES =
  /^(?:common|modern|standard|popular|associated|related|major|relevant|various|best|other|similar|key|core|general|industry|typical|mainstream)$/i;
const DANGLING = /^(?:using|with|via|in|on|for|of|and|or|the|a|an|to|by)$/i;
/**
 * Phrases that name no skill: the close of a list ("and related fields"), a range, a date ("June 2018"),
 * or praise left over from a list of adjectives ("Excellent, interpersonal, ... skills" -> "Excellent").
 */
export const NOT_A_SKILL =
  /^(?:(?:and\s+)?(?:related|other|similar)\s+(?:areas|fields|topics|things|technologies|tools|data sources)|from\s+\S+\s+to\s+\S+|(?:(?:early|mid|late)\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:excellent|exceptional|outstanding|proven|demonstrable|demonstrated|strong|solid|superior|superb|good|great|effective)(?:\s+(?:and|or)\s+\w+ly)?)$/i;

/**
 * Conditions of the job, not skills: work authorisation, travel, relocation, dates of a programme. A recruiter
 * checks them by hand, so the importer reads no skill from them ("authorization to work in the United States"
 * names no skill "United States").
 */
export const CONDITION =
  /\b(?:authori[sz](?:ation|ed) to work|work authori[sz]ation|eligib(?:le|ility) to work|visa sponsorship|(?:ability|able|willing(?:ness)?) to (?:travel|relocate|commute)|relocat(?:e|ion) to|travel(?:ing)? (?:to|up to)|(?:able|available) to (?:complete|start|begin|commit to)|program(?:me)? (?:beginning|starting)|(?:expected )?graduation date|graduating (?:in|between|by))\b/i;

/** A phrase without its container words: "distributed computing environments" -> "distributed computing". */
export function withoutContainer(phrase: string): string {
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
export function parentName(anchor: string): string {
  if (statedMinimum(anchor)) return "";
  const name = withoutContainer(cleanPhrase(anchor));
  const kept = words(name).filter((word) => !EMPTY_ADJECTIVES.test(word));
  if (kept.length === 0 || (kept.length === 1 && GENERIC_WORDS.has(kept[0].toLowerCase()))) return "";
  return kept.join(" ");
}

const CONTEXT_NOISE =
  /^(?:familiarity|familiar|comfortable|experience|knowledge|understanding|strong|using|including|related|areas?|common|challenges|best|practices|other|such)$/i;
/** Content words of a topic, as context for plain one-word skills listed under it. */
export const contextWords = (text: string, own: string) =>
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

export const shorten = (text: string, limit = 100) => {
  const clean = text.replace(/\s+/g, " ").replace(/[.;:,\s]+$/, "");
  if (clean.length <= limit) return clean;
  return `${clean.slice(0, clean.lastIndexOf(" ", limit - 1))}…`;
};
