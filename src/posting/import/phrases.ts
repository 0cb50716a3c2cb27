/**
 * Phrases of a qualification: lists split at their commas, example groups ("(e.g. PyTorch, TensorFlow)",
 * "such as Spark or Presto", "one or more of the following: ..."), lead-ins removed ("Familiarity with",
 * "3+ years of", "Developing and evaluating"), and coordinations spelled out ("Image and video
 * understanding" -> "image understanding", "video understanding").
 */

/** A list of alternatives or examples inside a clause, and how many of them the posting asks for. */
export interface Group {
  /** The words the examples illustrate ("common frameworks", "distributed computing environments"). */
  anchor: string;
  items: string[];
  /** How many items the posting asks for: 1 for examples and "or" lists, all for an "and" list. */
  min: number;
  /** The wording that made it a group ("e.g.", "such as", "at least one of", "or"). */
  cue: string;
}

/** Splits `text` at any of `separators` that stands outside brackets; pieces are returned untrimmed. */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "(" || char === "[") depth++;
    else if ((char === ")" || char === "]") && depth > 0) depth--;
    else if (separators.includes(char) && depth === 0) {
      pieces.push(text.slice(from, index));
      from = index + 1;
    }
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** Splits at commas and semicolons outside brackets; "a, b, and c" -> [a, b, c]; reports the conjunction. */
export function splitList(text: string, pairs = false): { items: string[]; joiner: "and" | "or" | "" } {
  const items = splitOutsideBrackets(text, ",;");
  let joiner: "and" | "or" | "" = "";
  const cleaned = items
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item, index, all) => {
      const conjunction = /^(and|or|y|o|&)\s+/i.exec(item);
      if (conjunction && index === all.length - 1 && index > 0) {
        joiner = /^(or|o)$/i.test(conjunction[1]) ? "or" : "and";
        return item.slice(conjunction[0].length);
      }
      return item;
    });
  // "Airflow, Dagster or Prefect": without an Oxford comma the last item holds the last two.
  const last = cleaned.length > 1 ? /^(.+?)\s+(?:or|o)\s+(.+)$/i.exec(cleaned[cleaned.length - 1]) : null;
  if (last && !/\(/.test(last[0])) return { items: [...cleaned.slice(0, -1), last[1], last[2]], joiner: "or" };
  // "Python or Java" with no comma: a two-item list joined by "or"; in brackets "AWS and GCP" is one too.
  if (cleaned.length === 1) {
    const pair = (pairs ? /^(.+?)\s+(or|and\/or|o|and|y)\s+(.+)$/i : /^(.+?)\s+(or|and\/or|o)\s+(.+)$/i).exec(
      cleaned[0],
    );
    const joined = pair && /^(?:and|y)$/i.test(pair[2]) ? "and" : "or";
    if (pair && !/\(/.test(cleaned[0])) return { items: [pair[1], pair[3]], joiner: joined };
  }
  return { items: cleaned, joiner };
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const countOf = (word: string) => WORD_NUMBERS[word.toLowerCase()] ?? Number(word);

/** "at least two of", "one or more of", "any of", "either": how many a clause asks for, if it says. */
export function statedMinimum(text: string): { min: number; cue: string } | undefined {
  const match =
    /\b(?:at least|a minimum of|minimum of)\s+(one|two|three|four|five|\d)\b|\b(one|two|three|\d)\s+or\s+more\b|\b(any(?: one)? of|one of|either)\b/i.exec(
      text,
    );
  if (!match) return undefined;
  return { min: match[1] ? countOf(match[1]) : match[2] ? countOf(match[2]) : 1, cue: match[0].toLowerCase() };
}

const EXAMPLE_CUE =
  /^(?:e\.\s?g\.?,?|eg\.?,?|i\.e\.,?|such as|including|like|for example,?|for instance,?|ex\.|como|tales como|por ejemplo,?|p\.\s?ej\.,?)\s+/i;
const INLINE_CUE =
  /(?:^|[\s,])(such as|e\.\s?g\.,?|eg\.,?|including|for example,?|for instance,?|(?<=s )like|tales como|como|por ejemplo,?|incluid[oa]s|incluyendo|(?:at least (?:one|two|three|\d)|one or more|two or more|any(?: one)?|one) of)\s+/i;
/** "one of Airflow, Dagster or Prefect" is a group only when a list follows, not in "one of our clients". */
const COUNT_CUE = /\bof$/i;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}s?$/;

/**
 * The words before `offset` back to the previous list separator: what a group's examples illustrate. An
 * inline cue ("common challenges like explainability") also stops at "and": its anchor is one noun phrase.
 */
function anchorBefore(text: string, offset: number, inline = false): string {
  const before = text.slice(0, offset);
  const and = before.lastIndexOf(" and ");
  const or = before.lastIndexOf(" or ");
  const conjunction = !inline ? -1 : and > or ? and + 4 : or >= 0 ? or + 3 : -1;
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), conjunction);
  return before
    .slice(cut + 1)
    .replace(/\s+(and|or)\s*$/i, "")
    .trim();
}

function makeGroup(anchor: string, body: string, cue: string, clause: string): Group {
  const { items, joiner } = splitList(body.replace(EXAMPLE_CUE, ""), true);
  const kept = items
    .map((item) => item.replace(/\s*\betc\.?$/i, "").trim())
    .filter((item) => item && !/^etc\.?$/i.test(item));
  const stated = statedMinimum(clause);
  const examples = cue !== "" || joiner === "or" || joiner === "";
  const min = stated ? Math.min(stated.min, kept.length) : examples ? 1 : kept.length;
  return { anchor, items: kept, min: Math.max(1, min), cue: stated?.cue ?? (cue || joiner || "list") };
}

/**
 * Takes the example groups out of a clause: bracketed lists, "such as ..." tails and "one or more of the
 * following: ..." lists. Acronym brackets ("(LLMs)") stay for the phrase they name; other asides go.
 */
export function takeGroups(clause: string): { rest: string; groups: Group[] } {
  const groups: Group[] = [];
  let rest = "";
  let depth = 0;
  let open = -1;
  for (let index = 0; index < clause.length; index++) {
    const char = clause[index];
    if (char === "(") {
      if (depth === 0) open = index;
      depth++;
    } else if (char === ")" && depth > 0) {
      depth--;
      if (depth > 0) continue;
      const body = clause.slice(open + 1, index).trim();
      const cue = EXAMPLE_CUE.exec(body)?.[0].trim() ?? "";
      if (ACRONYM.test(body)) rest += `(${body})`;
      else if (cue || /,|\s(or|and|o|y)\s/i.test(body)) {
        groups.push(makeGroup(anchorBefore(rest, rest.length), body, cue, clause));
      }
    } else if (depth === 0) rest += char;
  }
  if (depth > 0) rest += clause.slice(open);
  const colonList = /^(.*?\b(?:at least|one or more|two or more|any(?: one)? of|one of|either)\b[^:]*):\s*(.+)$/i.exec(
    rest,
  );
  if (colonList) {
    groups.push(makeGroup(anchorBefore(colonList[1], colonList[1].length), colonList[2], "", clause));
    rest = colonList[1];
  }
  // The last cue: in "incluidos frameworks como Spring y Hibernate" the examples follow "como".
  const inline = [...rest.matchAll(new RegExp(INLINE_CUE.source, "gi"))].pop();
  if (inline) {
    const start = inline.index + inline[0].indexOf(inline[1]);
    const body = rest.slice(start + inline[1].length).replace(/[.;]\s*$/, "");
    const listFollows = !COUNT_CUE.test(inline[1]) || /,|\s(?:or|o)\s/.test(body);
    if (body.trim() && listFollows)
      groups.push(makeGroup(anchorBefore(rest, start, true), body, inline[1].replace(/,$/, ""), clause));
    if (listFollows) rest = rest.slice(0, start);
  }
  return { rest: rest.replace(/\s+/g, " ").trim(), groups };
}

const LEADS = [
  /^(?:and\/or|and|or|y|o|as well as|plus|also|including|such as|like|e\.g\.,?|eg\.,?|i\.e\.,?|especially|particularly|preferably|ideally|with|in|of|on)\s+/i,
  /^(?:a|an|the|any|some|all|other|various|multiple|several|one or more|at least (?:one|two|three)|an? (?:strong|solid|good))\s+/i,
  /^(?:\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs?)\+?)\s*(?:of\s+)?/i,
  /^(?:strong|solid|deep|good|excellent|great|proven|demonstrated|hands-on|practical|working|expert[- ]level|advanced|basic|prior|previous|professional|extensive|in-depth|thorough|broad|sound|relevant|direct|significant|substantial|fluent|proficient|comfortable|familiar|expert|intermediate)\b\s*/i,
  /^(?:familiarity|fluency|proficiency|expertise|experience|knowledge|understanding|background|exposure|comfort|ability|skills?|track record|grasp|command|mastery|competence)(?:\s+(?:with|in|of|using|on|at|across|around|for|working with|building))?\s+/i,
  // Spanish postings: "Conocimientos intermedios en", "Manejo intermedio de", "Experiencia práctica con".
  /^(?:s[oó]lid[oa]s|buen[oa]s|excelentes|ampli[oa]s|conocimientos?|experiencia|manejo|dominio|familiaridad|habilidad(?:es)?|capacidad)(?:\s+(?:intermedi[oa]s?|avanzad[oa]s?|b[aá]sic[oa]s?|intermedio-avanzad[oa]s|pr[aá]ctica|demostrable|s[oó]lid[oa]s))?(?:\s+(?:con|en|de|del|para|trabajando como|como))?\s+/i,
  /^(?:using|developing|designing|building|implementing|managing|handling|integrating|evaluating|creating|deploying|maintaining|writing|working|applying|leveraging|running|operating|owning|leading|driving|performing|conducting|delivering|shipping|optimizing|optimising|analyzing|analysing|supporting|scaling)(?:\s+(?:and|or|&)\s+\w+ing)?\s+(?!(?:on|in|with|for|to|of|at|from|across|and|or)\b)/i,
];
const TRAILS = [
  /\s+(?:across|in|for|within|on)\s+(?:various|multiple|different|diverse|many|several|a variety of)\s+[\w-]+$/i,
  /\s+(?:is|are)\s+(?:a plus|required|preferred|desired|essential|nice to have|helpful|an advantage|a must|highly desired|strongly preferred)$/i,
  /\s+(?:a plus|preferred|required|highly desired|strongly preferred|nice to have)$/i,
  /\s+(?:experience|skills|knowledge|background|expertise|proficiency)$/i,
  /,?\s+from\s+[\w-]+\s+to\s+[\w-]+$/i,
  // "systems engineering team", "Program Management role", "online advertising industry".
  /\s+(?:team|teams|role|roles|industry|landscapes?)$/i,
  /\s+etc\.?$/i,
];

/** A listed phrase without lead-ins, hedges and trailing punctuation. */
export function cleanPhrase(text: string): string {
  let phrase = text.replace(/\s+/g, " ").replace(/^[\s"'•*-]+|[\s.,;:!"']+$/g, "");
  for (let changed = true; changed;) {
    changed = false;
    for (const pattern of [...LEADS, ...TRAILS]) {
      const next = phrase.replace(pattern, "").trim();
      if (next !== phrase && next !== "") {
        phrase = next;
        changed = true;
      }
    }
  }
  return phrase.replace(/[\s.,;:!]+$/, "");
}

/** "Large Language Models (LLMs)" -> the name and the acronym it defines ("LLM"). */
export function splitAcronym(phrase: string): { name: string; acronym?: string } {
  const match = /^(.*\S)\s*\(([A-Z][A-Z0-9&]{1,7})(s?)\)\s*(.*)$/.exec(phrase);
  if (!match) return { name: phrase };
  const name = `${match[1]} ${match[4]}`.trim();
  return { name, acronym: match[2] };
}

/** Words that pair with another by a slash and mean one thing: "C/C++", "CI/CD", "A/B", "TCP/IP". */
const SLASH_TERMS = /^(?:C\/C\+\+|CI\/CD|A\/B|TCP\/IP|I\/O|PL\/SQL|UI\/UX|UX\/UI|AI\/ML|ML\/AI|BA\/BS|BS\/BA|24\/7)$/i;

/**
 * The separate names a coordinated phrase stands for: "Image and video understanding" -> image
 * understanding, video understanding; "modality fusion and alignment" -> modality fusion, modality
 * alignment; "preference- and human-feedback-based learning" -> preference-based learning, ...;
 * "Transformers/LLMs for recommendations" -> Transformers for recommendations, LLMs for recommendations.
 */
export function coordinationForms(phrase: string): string[] {
  const forms = new Set<string>();
  // "text, image, video, and other data sources" is a list, not one coordinated name.
  if (phrase.includes(",")) return [];
  const slash = phrase
    .split(" ")
    .findIndex((word) => /^[\w.+-]{2,}\/[\w.+-]{2,}$/.test(word) && !SLASH_TERMS.test(word));
  if (slash >= 0) {
    const words = phrase.split(" ");
    for (const side of words[slash].split("/"))
      forms.add([...words.slice(0, slash), side, ...words.slice(slash + 1)].join(" "));
  }
  const match = /^(.+?)\s+(?:and|or|&|y|o)\s+(.+)$/i.exec(phrase);
  if (match) {
    const left = match[1].split(" ");
    const right = match[2].split(" ");
    if (left.length === 1 && left[0].endsWith("-") && right.length >= 1) {
      const suffix = right[0].split("-").slice(-1)[0];
      forms.add([`${left[0]}${suffix}`, ...right.slice(1)].join(" "));
      forms.add(match[2]);
    } else if (left.length === 1 && right.length >= 2) {
      forms.add([left[0], ...right.slice(1)].join(" "));
      forms.add(match[2]);
    } else if (left.length >= 2 && right.length === 1) {
      forms.add(match[1]);
      forms.add([...left.slice(0, -1), right[0]].join(" "));
    } else if (left.length >= 2 && right.length >= 3 && left[0].toLowerCase() === right[0].toLowerCase()) {
      forms.add([...left, right[right.length - 1]].join(" "));
      forms.add(match[2]);
    } else {
      forms.add(match[1]);
      forms.add(match[2]);
    }
  }
  forms.delete(phrase);
  return [...forms].filter((form) => form.trim() !== "");
}
