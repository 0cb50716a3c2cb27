import type { MatchKind, SkillConcept } from "../types.js";
import type { Analyser } from "./analyser.js";
import { singular, type Token } from "./tokens.js";

/** A posting term ready for matching: its token keys and how a hit on it counts. */
export interface CompiledTerm {
  skillId: string;
  surface: string;
  /** Lemma keys and written-form keys of the term's words (see Token). */
  keys: string[];
  surfaceKeys: string[];
  kind: MatchKind;
  /** Acronyms and ambiguous words match only as written ("Go", not "go"; "RL", not "rl"). */
  caseSensitive: boolean;
  /** Needs one of `context` (or, when empty, general technical context) nearby. */
  needsContext: boolean;
  context: string[];
}

export interface TermHit {
  term: CompiledTerm;
  /** Token positions of the first and last matched token. */
  first: number;
  last: number;
  /** Exact or lemma, for name terms; otherwise the term's own kind. */
  kind: MatchKind;
}

/**
 * Words that are also ordinary English or other things (a verb, a name, a gemstone). They match only
 * as capitalised in the term and with technical context nearby.
 */
const AMBIGUOUS = new Set([
  "go",
  "r",
  "c",
  "d",
  "spark",
  "rust",
  "julia",
  "swift",
  "ruby",
  "dart",
  "presto",
  "crystal",
  "elm",
  "pig",
  "hive",
  "chef",
  "puppet",
  "torch",
  "keras",
  "jax",
  "ray",
  "flask",
  "express",
  "spring",
  "ember",
  "react",
  "zero",
  "bert",
]);

/** Words that show a technical setting, for ambiguous terms without a context list of their own. */
export const TECH_CONTEXT = new Set(
  [
    "programming",
    "language",
    "languages",
    "code",
    "coding",
    "software",
    "library",
    "libraries",
    "framework",
    "frameworks",
    "python",
    "java",
    "c++",
    "scala",
    "sql",
    "implemented",
    "developed",
    "built",
    "wrote",
    "api",
    "cluster",
    "pipeline",
    "pipelines",
    "model",
    "models",
    "data",
    "distributed",
    "gpu",
    "tool",
    "tools",
    "stack",
    "tech",
    "technologies",
  ].map((word) => word),
);

/** Maximum unrelated words allowed between the words of a multi-word term ("fine-tuned large LLMs"). */
const MAX_GAP = 2;

const isCapitalised = (surface: string) => /[A-Z]/.test(surface);
/**
 * A spelling no ordinary word has: symbols, digits or inner capitals ("C++", "PySpark", "FSDP2"). A concept's
 * context words guard its plain words and acronyms ("Spark", "CF"), not these.
 */
const isDistinctive = (surface: string) => /[+#./\d]|[a-z][A-Z]/.test(surface);

/** Compiles every term of the concepts (names, keywords, aliases, acronyms, related terms). */
export function compileTerms(concepts: SkillConcept[], analyser: Analyser): CompiledTerm[] {
  const terms: CompiledTerm[] = [];
  const seen = new Set<string>();
  for (const concept of concepts) {
    const sources: [string[], MatchKind, boolean][] = [
      [[concept.name, ...concept.keywords], "exact", false],
      [concept.aliases, "alias", false],
      [concept.acronyms, "acronym", true],
      [concept.related, "related", false],
    ];
    for (const [surfaces, kind, acronym] of sources) {
      for (const surface of surfaces) {
        const words = analyser.tokenize(surface).filter((token) => !token.punctuation);
        // A term that names a version ("GPT-4", "Energy-10", "Python3") needs that version in the text.
        const versioned = (token: Token) => (/\d/.test(token.text) ? token.text.toLowerCase() : undefined);
        const keys = words.map((token) => versioned(token) ?? token.key);
        const surfaceKeys = words.map((token) => versioned(token) ?? token.surfaceKey);
        if (keys.length === 0) continue;
        const single = keys.length === 1;
        const ambiguous = single && (AMBIGUOUS.has(keys[0]) || keys[0].length === 1);
        const needsContext = ambiguous || (concept.context.length > 0 && single && !isDistinctive(surface));
        const dedupe = `${concept.id}\u0000${keys.join(" ")}\u0000${acronym || needsContext}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        terms.push({
          skillId: concept.id,
          surface,
          keys,
          surfaceKeys,
          kind,
          // A capitalised word that needs context is a name: "Spark", "Excel", "Node" (not "spark", "excel").
          caseSensitive: acronym || (needsContext && isCapitalised(surface)),
          needsContext,
          context: concept.context,
        });
      }
    }
  }
  return terms;
}

/** Joined words shorter than this are not compared as spelling variants ("data base" is, "R code" is not). */
const MIN_COMPACT_LENGTH = 6;
/** A spelling variant joins or splits at most this many words ("fine tuning" / "finetuning"). */
const MAX_COMPACT_WORDS = 3;

/** Words written together, lower case, without a plural "s": "React JS", "ReactJS" and "reactjs" meet. */
const compactOf = (text: string) => singular(text.toLowerCase().replace(/[^a-z0-9+#]/g, ""));

/**
 * Words a phrase does not rest on when its words are looked for apart ("Statistics tools for Data analysis"
 * rests on statistics, data, analysis): function words and the wording every posting uses.
 */
const FILLER_WORDS = new Set(
  (
    "a an the and or nor of in on at to for from by with within into via using use used as per its their our your " +
    "any all other such etc e.g i.e experience knowledge skill ability understanding tool related various variety " +
    "field area level type kind"
  ).split(" "),
);
/** A phrase's words found apart count when at least this share of them, and two or more, share one clause. */
const SCATTERED_SHARE = 2 / 3;
const SCATTERED_MIN_WORDS = 2;
/** Punctuation that ends a clause in a sentence; in a list each item is a clause of its own (SEPARATOR). */
const CLAUSE_END = /^[.;:|•]+$/;

/** A multi-word term looked for as its content words anywhere in one clause. */
interface ScatteredTerm {
  term: CompiledTerm;
  /** Lemma key and written-form key of each content word. */
  words: { key: string; surfaceKey: string }[];
}

/** Index of terms by their first key, so a scan costs one lookup per token. */
export class TermIndex {
  private readonly byFirstKey = new Map<string, CompiledTerm[]>();
  /** Built on first use: only posting skills are looked for apart, never the whole knowledge base. */
  private scatteredTerms?: { terms: ScatteredTerm[]; byKey: Map<string, [number, number][]> };
  /** Terms by their words written together: "fine-tuning", "fine tuning" and "FineTuning" give "finetuning". */
  private readonly byCompact = new Map<string, CompiledTerm[]>();
  private readonly contextKeys = new Map<CompiledTerm, Set<string>>();

  constructor(
    readonly terms: CompiledTerm[],
    analyser: Analyser,
  ) {
    const contextKeysOf = (words: Iterable<string>) =>
      new Set([...words].flatMap((word) => analyser.tokenize(word).map((token) => token.key)).filter(Boolean));
    const techContext = contextKeysOf(TECH_CONTEXT);
    for (const term of terms) {
      for (const key of new Set([term.keys[0], term.surfaceKeys[0]])) push(this.byFirstKey, key, term);
      const compact = compactOf(term.surface);
      if (!term.caseSensitive && compact.length >= MIN_COMPACT_LENGTH && term.keys.length <= MAX_COMPACT_WORDS) {
        push(this.byCompact, compact, term);
      }
      if (term.needsContext) {
        this.contextKeys.set(term, term.context.length > 0 ? contextKeysOf(term.context) : techContext);
      }
    }
  }

  /** Every term occurrence in a token sequence (one unit of text: a bullet or a line). */
  find(tokens: Token[], options: { listContext: boolean }): TermHit[] {
    const hits: TermHit[] = [];
    const words = tokens.map((token, position) => ({ token, position })).filter(({ token }) => !token.punctuation);
    const unitKeys = new Set(words.map(({ token }) => token.key));
    words.forEach(({ token, position }, wordIndex) => {
      const candidates = new Set([
        ...(this.byFirstKey.get(token.key) ?? []),
        ...(this.byFirstKey.get(token.surfaceKey) ?? []),
      ]);
      for (const term of candidates) {
        const end = matchRest(term, words, tokens, wordIndex);
        if (end < 0) continue;
        if (term.caseSensitive && !sameCase(term, token)) continue;
        // A one-word name matches as written, up to case and plural: "Rapide" is not "rapid", "PREMIS" not "premise".
        if (term.keys.length === 1 && isCapitalised(term.surface) && !writtenAlike(token, term)) continue;
        if (term.keys.length === 1 && isTrap(tokens, position)) continue;
        if (term.needsContext && !options.listContext && !hasContext(this.contextKeys.get(term), unitKeys, token.key)) {
          continue;
        }
        const matchedText = tokens
          .slice(position, words[end].position + 1)
          .map((item) => item.text)
          .join(" ")
          .toLowerCase();
        const kind = term.kind === "exact" && !sameWords(matchedText, term.surface) ? "lemma" : term.kind;
        hits.push({ term, first: position, last: words[end].position, kind });
      }
      hits.push(...this.spellingVariants(words, tokens, wordIndex, unitKeys, options));
    });
    return dropNestedHits(hits);
  }

  /**
   * Multi-word names found as their content words in one clause, in any order and with any words between:
   * "modeled the data" for "data modeling", "configured Cisco routers and switches" for "configuring
   * enterprise-class routers and switches". Weaker than the phrase itself, so each is a "related" hit. `named`
   * are the unit's hits from `find`: a skill named there is not looked for again, and words that only name
   * another skill describe nothing else ("Large Language Models" is not "large vision language models").
   * One hit per skill.
   */
  findScattered(tokens: Token[], options: { list: boolean }, named: TermHit[]): TermHit[] {
    const { terms, byKey } = this.scattered();
    const skip = new Set(named.map((hit) => hit.term.skillId));
    const namesOther = (position: number, skillId: string) =>
      named.some((hit) => hit.term.skillId !== skillId && hit.first <= position && position <= hit.last);
    const clauseEnd = options.list ? SEPARATOR : CLAUSE_END;
    const best = new Map<string, TermHit & { share: number }>();
    let clause: number[] = [];
    const closeClause = () => {
      const positions = new Map<number, number[]>();
      for (const position of clause) {
        const token = tokens[position];
        for (const key of new Set([token.key, token.surfaceKey])) {
          for (const [termIndex, wordIndex] of byKey.get(key) ?? []) {
            const found = positions.get(termIndex) ?? new Array<number>(terms[termIndex].words.length).fill(-1);
            if (found[wordIndex] < 0) found[wordIndex] = position;
            positions.set(termIndex, found);
          }
        }
      }
      for (const [termIndex, found] of positions) {
        const { term, words } = terms[termIndex];
        const present = found.filter((position) => position >= 0);
        const share = present.length / words.length;
        if (skip.has(term.skillId) || present.length < SCATTERED_MIN_WORDS || share < SCATTERED_SHARE) continue;
        if (present.every((position) => namesOther(position, term.skillId))) continue;
        if ((best.get(term.skillId)?.share ?? 0) >= share) continue;
        const first = Math.min(...present);
        const last = Math.max(...present);
        best.set(term.skillId, { term, first, last, kind: "related", share });
      }
      clause = [];
    };
    tokens.forEach((token, position) => {
      if (token.punctuation) {
        if (clauseEnd.test(token.text)) closeClause();
        return;
      }
      clause.push(position);
    });
    closeClause();
    return [...best.values()].map(({ term, first, last, kind }) => ({ term, first, last, kind }));
  }

  private scattered() {
    if (!this.scatteredTerms) {
      const terms: ScatteredTerm[] = [];
      const byKey = new Map<string, [number, number][]>();
      for (const term of this.terms) {
        if (term.kind !== "exact" || term.caseSensitive) continue;
        const words = term.keys
          .map((key, index) => ({ key, surfaceKey: term.surfaceKeys[index] }))
          .filter(({ key, surfaceKey }) => key.length > 1 && !FILLER_WORDS.has(key) && !FILLER_WORDS.has(surfaceKey));
        if (words.length < SCATTERED_MIN_WORDS) continue;
        words.forEach(({ key, surfaceKey }, wordIndex) => {
          for (const wordKey of new Set([key, surfaceKey])) push(byKey, wordKey, [terms.length, wordIndex]);
        });
        terms.push({ term, words });
      }
      this.scatteredTerms = { terms, byKey };
    }
    return this.scatteredTerms;
  }

  /**
   * Terms written with their words joined or split differently: "finetuning" for "fine-tuning", "Deep Speed"
   * for "DeepSpeed", "Java Script" for "JavaScript". Only where the word count differs from the term's.
   */
  private spellingVariants(
    words: { token: Token; position: number }[],
    tokens: Token[],
    startIndex: number,
    unitKeys: Set<string>,
    options: { listContext: boolean },
  ): TermHit[] {
    const hits: TermHit[] = [];
    let joined = "";
    for (let count = 1; count <= MAX_COMPACT_WORDS && startIndex + count <= words.length; count++) {
      const word = words[startIndex + count - 1];
      if (count > 1) {
        const between = tokens.slice(words[startIndex + count - 2].position + 1, word.position);
        if (between.some((token) => token.text !== "-")) break;
      }
      joined += word.token.text;
      for (const term of this.byCompact.get(compactOf(joined)) ?? []) {
        if (term.surfaceKeys.length === count) continue;
        if (term.needsContext && !options.listContext && !hasContext(this.contextKeys.get(term), unitKeys, ""))
          continue;
        hits.push({
          term,
          first: words[startIndex].position,
          last: word.position,
          kind: term.kind === "exact" ? "lemma" : term.kind,
        });
      }
    }
    return hits;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Punctuation that ends a phrase: a multi-word term never spans a list separator. */
const SEPARATOR = /^[,;:.|()[\]{}•]+$/;

/**
 * The longer phrase wins: "alignment" inside "modality fusion and alignment" is part of that skill,
 * not a mention of LLM alignment. Only a hit with more words can swallow another; a gap-matched phrase
 * ("applied ... machine learning") does not swallow a phrase of equal length inside it.
 */
function dropNestedHits(hits: TermHit[]): TermHit[] {
  return hits.filter(
    (hit) =>
      // Only ambiguous words and related terms yield; "PyTorch" inside "PyTorch DDP" names PyTorch.
      !(hit.term.needsContext || hit.term.kind === "related") ||
      !hits.some(
        (other) =>
          other.term.skillId !== hit.term.skillId &&
          other.first <= hit.first &&
          other.last >= hit.last &&
          other.term.keys.length > hit.term.keys.length,
      ),
  );
}

/** Returns the word index where the term's last key matched, or -1. */
function matchRest(
  term: CompiledTerm,
  words: { token: Token; position: number }[],
  tokens: Token[],
  startIndex: number,
): number {
  let index = startIndex;
  for (let keyIndex = 1; keyIndex < term.keys.length; keyIndex++) {
    let found = -1;
    for (let next = index + 1; next <= index + 1 + MAX_GAP && next < words.length; next++) {
      const crossesSeparator = tokens
        .slice(words[next - 1].position + 1, words[next].position)
        .some((token) => SEPARATOR.test(token.text));
      if (crossesSeparator) break;
      const word = words[next].token;
      if (word.key === term.keys[keyIndex] || word.surfaceKey === term.surfaceKeys[keyIndex]) {
        found = next;
        break;
      }
    }
    if (found < 0) return -1;
    index = found;
  }
  return index;
}

/** Case-sensitive terms match as written, allowing a plural "s" (LLMs, GPUs) or a glued version (FSDP2). */
function sameCase(term: CompiledTerm, token: Token): boolean {
  const written = term.surface.replace(/[\s-]/g, "");
  const text = token.text;
  return text === written || text.replace(/s$/, "") === written || text.replace(/v?\d+(?:\.\d+)*$/, "") === written;
}

const writtenAlike = (token: Token, term: CompiledTerm) =>
  token.surfaceKey === term.surfaceKeys[0] || singular(token.text) === singular(term.surface.replace(/[\s-]/g, ""));

const sameWords = (a: string, b: string) =>
  a.replace(/[\s-]+/g, " ").trim() ===
  b
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .trim();

/** "go-to", "C-suite", "R. Smith", "x-ray": a short word glued to a hyphen or an initial's full stop. */
function isTrap(tokens: Token[], position: number): boolean {
  const token = tokens[position];
  const next = tokens[position + 1];
  const previous = tokens[position - 1];
  const glued = (neighbour: Token | undefined, side: "before" | "after") =>
    neighbour !== undefined &&
    neighbour.text === "-" &&
    (side === "after" ? neighbour.start === token.end : neighbour.end === token.start);
  if (token.text.length <= 3 && (glued(next, "after") || glued(previous, "before"))) return true;
  // wink keeps an initial's full stop on the token ("R."), or emits it alone right after.
  if (/^[A-Z]\.$/.test(token.text)) return true;
  if (token.text.length === 1 && next?.text === "." && next.start === token.end) return true;
  return false;
}

function hasContext(context: Set<string> | undefined, unitKeys: Set<string>, ownKey: string): boolean {
  if (!context) return true;
  for (const key of context) if (key !== ownKey && unitKeys.has(key)) return true;
  return false;
}
