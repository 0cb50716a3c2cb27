/**
 * Source lines -> clauses: each sentence or list item with the part of the posting it sits in (its role)
 * and whether it is required or preferred, with the cue that decided it, so the YAML can say why.
 */
import type { Importance } from "../../types.js";
import type { SourceLine } from "./lines.js";
import { splitOutsideBrackets } from "./phrases.js";

export type Role =
  | "intro"
  | "about"
  | "responsibilities"
  | "required"
  | "preferred"
  | "skills"
  | "benefits"
  | "application"
  | "locations"
  | "chrome";

export interface Clause {
  line: number;
  text: string;
  role: Role;
  importance: Importance;
  /** What decided the importance: a heading, a phrase in the clause, or nothing (the default). */
  cue: string;
  /** True when a heading or a phrase stated the importance; false for the default. */
  explicit: boolean;
  /** Clauses split from one source entry share it: an area's second sentence stays in that area. */
  unit: number;
  /** The entry was a list item (bullet, or glued to its neighbour on the page). */
  item: boolean;
  /** A proficiency level the page gave the entry. */
  level?: string;
}

/** Heading wording -> role, tried in order ("Preferred qualifications" is preferred, not required). */
const HEADING_ROLES: [Role, RegExp][] = [
  [
    "chrome",
    /^(target your resume|check your ats score|estimated salary|similar jobs|share this job|apply now|save job|report this job|source: ai estimated|\* this is an estimated)/,
  ],
  [
    "preferred",
    /\b(preferred|nice[- ]to[- ]haves?|bonus( points)?|desired|desirable|good to have|great to have|pluses|a plus|extra credit|even better|ideally|would be (great|nice|a plus)|deseables?|valorables?)\b/,
  ],
  [
    "skills",
    /^(key |technical |core |required |top )?(skills|technologies|tech stack|tools|competencies)( required| needed| and (tools|technologies|experience))?$/,
  ],
  [
    "required",
    /\b(qualifications?|requirements?|required|must[- ]haves?|what you('ll)? (need|bring|have)|you have|you('ll)? need|who you are|what we('re| are) looking for|requisitos|requerimientos|about you)\b/,
  ],
  ["locations", /^(locations?|ubicaci[oó]n|where you('ll)? work)$/],
  [
    "responsibilities",
    /\b(responsibilit\w*|what you('ll| will) do|the role|your role|day[- ]to[- ]day|duties|responsabilidades|funciones|job description|descripci[oó]n( del (trabajo|puesto))?|overview|summary|the job|the position|the opportunity|your impact|in this role)\b/,
  ],
  [
    "benefits",
    /\b(benefits|perks|what we offer|beneficios|compensation|salary|salario|pay( range)?|rewards|why join)\b/,
  ],
  ["application", /\b(how to apply|application|c[oó]mo aplicar|to be considered|postular)\b/],
  ["about", /^(about|sobre nosotros|who we are|our company|the company|equal|eeo|diversity|inclusion|company)\b/],
];

/** The role a heading announces, or undefined when the text is not heading wording. */
export function headingRole(heading: string): Role | undefined {
  const text = heading
    .toLowerCase()
    .replace(/[:\s]+$/, "")
    .trim();
  return HEADING_ROLES.find(([, pattern]) => pattern.test(text))?.[0];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Words headings are made of; a "Name: ..." prefix is a heading only when all its words are these. */
const HEADING_WORDS = new Set(
  (
    "minimum basic required preferred qualifications qualification requirements requirement responsibilities " +
    "skills skill nice to have haves bonus points desired desirable benefits perks about you the role what you'll " +
    "will do need bring how apply application key technical core must must-haves must-have plus pluses additional " +
    "experience education job description duties team company us our your who are we looking for nice-to-have " +
    "nice-to-haves good extra credit a and overview summary compensation salary location locations tech stack " +
    "tools technologies pay ideally also even better if it would be great that we're what's requisitos responsabilidades beneficios deseable deseables funciones perfil"
  ).split(" "),
);
const isHeadingWording = (text: string) =>
  headingRole(text) !== undefined &&
  text
    .toLowerCase()
    .split(/\s+/)
    .every((word) => HEADING_WORDS.has(word.replace(/[^\p{L}'-]/gu, "")));

/** A line that reads as a heading: short, no sentence end, heading wording (or any short "X:" line). */
function asHeading(line: SourceLine): Role | "other" | undefined {
  const text = line.text.trim();
  const role = headingRole(text);
  if (line.kind === "heading") return role ?? "other";
  if (/:$/.test(text) && (words(text) <= 4 || (role && words(text) <= 12))) return role ?? "other";
  // A listed skill ("Data pipelines overview - intermediate") is an entry, not a heading; so is a line
  // that merely contains heading words ("Experience with dbt is a plus").
  if (!role || line.level || words(text) > 8 || /[.;,!?]$/.test(text) || !/^[A-Z¿¡*"]/.test(text)) return undefined;
  return isHeadingWording(text) || STARTS_SECTION.test(text) ? role : undefined;
}

/** Headings of the parts around the qualifications, recognised by how they start. */
const STARTS_SECTION =
  /^(?:about|for your application|how to apply|benefits|perks|salary|compensation|what we offer|locations?\b|target your resume|check your ats|estimated salary|source: ai)/i;

const PREFERRED_CUE =
  /\b(is a plus|are a plus|a plus|nice[- ]to[- ]have|preferred|preferably|bonus|desired|desirable|ideally|an advantage|advantageous|appreciated|would be great|is helpful|are helpful|deseable|valorable|se valorar[aá])\b|\bplus\.?$/i;
const NOT_REQUIRED = /\bnot (required|necessary|mandatory)\b/i;
/** In a preferred list only a firm word makes a line required; "travel as required" is not one. */
const REQUIRED_CUE =
  /(?<!\b(?:as|if|when|where|where\s+\w+)\s)\brequired\b|\b(?:must[- ]have|is a must|mandatory|essential|obligatori[oa]|indispensable|imprescindible)\b/i;

/** Job boards append the kind of a qualification: "... (experience)", "(degree in areas such as ...)". */
const BOARD_SUFFIX = /\s+\((?:experience|education|skills?|certifications?|degree in [^()]*)\)\s*$/i;

const ABBREVIATIONS =
  /(?:^|[\s(])(?:e\.g|eg|i\.e|ie|etc|vs|inc|ltd|co|dr|mr|ms|mrs|st|no|approx|incl|jr|sr|u\.s|cf|al)$/i;

/** Sentences of a paragraph: a full stop and a capital start one, unless the stop ends an abbreviation. */
export function sentences(text: string): string[] {
  const result: string[] = [];
  let from = 0;
  for (const match of text.matchAll(/(?<=[.!?])\s+(?=[A-Z(¿¡"])/g)) {
    const before = text.slice(from, match.index);
    if (ABBREVIATIONS.test(before.replace(/[.!?]+$/, ""))) continue;
    result.push(before.trim());
    from = match.index + match[0].length;
  }
  result.push(text.slice(from).trim());
  return result.filter(Boolean);
}

/** Splits at semicolons outside parentheses. */
export function splitSemicolons(text: string): string[] {
  return splitOutsideBrackets(text, ";")
    .map((part) => part.trim())
    .filter(Boolean);
}

const QUALIFICATION_ROLES = new Set<Role>(["required", "preferred"]);

/** Decides a clause's importance from its section and its own wording. */
function importanceOf(text: string, role: Role, heading: string): Pick<Clause, "importance" | "cue" | "explicit"> {
  const preferredCue = PREFERRED_CUE.exec(text)?.[0];
  if (NOT_REQUIRED.test(text))
    return { importance: "preferred", cue: `"${NOT_REQUIRED.exec(text)![0]}"`, explicit: true };
  if (preferredCue) return { importance: "preferred", cue: `"${preferredCue}"`, explicit: true };
  if (role === "preferred") {
    const requiredCue = REQUIRED_CUE.exec(text)?.[0];
    if (requiredCue) return { importance: "required", cue: `"${requiredCue}"`, explicit: true };
    return { importance: "preferred", cue: `under "${heading}"`, explicit: true };
  }
  if (role === "required") return { importance: "required", cue: `under "${heading}"`, explicit: true };
  return { importance: "required", cue: "", explicit: false };
}

export interface Sectioned {
  clauses: Clause[];
  headings: { line: number; text: string; role: Role | "other" }[];
}

/** Walks the lines, following headings and inline cues, and cuts each entry into clauses. */
export function toClauses(lines: SourceLine[]): Sectioned {
  const clauses: Clause[] = [];
  const headings: Sectioned["headings"] = [];
  let role: Role = "intro";
  let heading = "";
  let unit = 0;
  const enter = (line: SourceLine, text: string, found: Role | "other") => {
    headings.push({ line: line.line, text, role: found });
    heading = text.replace(/:$/, "");
    // An unknown heading keeps the qualifications role it interrupts only if it sounds like one.
    role = found === "other" ? (QUALIFICATION_ROLES.has(role) ? role : "intro") : found;
  };
  for (const line of lines) {
    unit++;
    let text = line.text.replace(BOARD_SUFFIX, "");
    const headingFound = asHeading({ ...line, text });
    if (headingFound) {
      enter(line, text, headingFound);
      continue;
    }
    let inlineRole: Role | undefined;
    let inlineHeading = heading;
    // "Requirements: 3+ years of ...": a heading and its content on one line.
    const prefix = /^([^:.;,]{3,40}):\s+(?=\S)/.exec(text);
    const prefixRole = prefix && isHeadingWording(prefix[1]) ? headingRole(prefix[1]) : undefined;
    if (prefix && prefixRole && prefixRole !== "chrome") {
      text = text.slice(prefix[0].length);
      if (line.kind === "item") {
        inlineRole = prefixRole;
        inlineHeading = prefix[1];
      } else enter(line, prefix[1], prefixRole);
    }
    const clauseRole = () => inlineRole ?? role;
    const pieces =
      clauseRole() === "skills" || !["required", "preferred", "intro", "responsibilities"].includes(clauseRole())
        ? [text]
        : sentences(text).flatMap(splitSemicolons);
    for (const whole of pieces) {
      // "We are looking for people with the following qualifications: Strong Python." inside a paragraph.
      const cue = /^(.{3,140}?):(?:\s+(.*))?$/s.exec(whole);
      const cueRole = cue && words(cue[1]) <= 14 ? headingRole(cue[1]) : undefined;
      const announces = cue && (isHeadingWording(cue[1]) || /\b(?:following|these)\b/i.test(cue[1]));
      if (cue && cueRole && announces && ["required", "preferred", "skills", "responsibilities"].includes(cueRole)) {
        enter(line, cue[1], cueRole);
        if (!cue[2]) continue;
      }
      const piece = cue && cueRole && announces && cue[2] ? cue[2] : whole;
      clauses.push({
        line: line.line,
        text: piece,
        role: clauseRole(),
        ...importanceOf(piece, clauseRole(), inlineRole ? inlineHeading : heading),
        unit,
        item: line.kind === "item",
        ...(line.level ? { level: line.level } : {}),
      });
    }
  }
  return { clauses, headings };
}
