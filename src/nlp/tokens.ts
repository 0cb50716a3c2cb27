/**
 * Tokens for matching: wink-nlp tokens and lemmas, with technical terms kept whole and a light fold
 * that conflates the inflections wink leaves apart ("embeddings"/"embedding", "fine-tuned"/"fine-tuning").
 */

export interface Token {
  /** As written. */
  text: string;
  /** Comparison key from wink's lemma, lower-cased and folded. Empty for punctuation. */
  key: string;
  /**
   * Comparison key from the written word (lower case, plural "s" dropped). wink lemmatises by part of
   * speech, so "embedding" may become "embed" in one sentence and stay a noun in another; two keys
   * let a match succeed when either agrees.
   */
  surfaceKey: string;
  /** Character offsets in the analysed text. */
  start: number;
  end: number;
  /** Kept whole by the technical-term guard (C++, CI/CD, Node.js...). */
  tech: boolean;
  punctuation: boolean;
}

/**
 * Technical terms wink would split. Case-sensitive on purpose: "C#" is a language, "c#" is not a
 * spelling anyone uses, and this keeps prose like "a/b" from becoming a term.
 */
const PROTECTED_TERMS = [
  String.raw`(?:Objective-)?[Cc]\+\+(?:\d\d)?`,
  String.raw`[CF]#`,
  String.raw`(?:ASP)?\.NET(?: Core)?`,
  String.raw`CI/CD`,
  String.raw`A/B`,
  String.raw`TCP/IP`,
  String.raw`I/O`,
  String.raw`PL/SQL`,
  String.raw`T-SQL`,
  String.raw`R&D`,
  String.raw`[A-Za-z][A-Za-z0-9]*\.js\b`,
  String.raw`scikit-learn`,
  String.raw`[A-Z][A-Za-z]*-\d+[A-Za-z]?\b`,
];
const PROTECTED = new RegExp(`(?<![\\w.+#])(?:${PROTECTED_TERMS.join("|")})(?![\\w+#])`, "g");

/** Finds character spans of protected technical terms in `text`. */
export function protectedSpans(text: string): [number, number][] {
  return [...text.matchAll(PROTECTED)].map((match) => [match.index, match.index + match[0].length]);
}

/** Drops a plural "s" ("embeddings", "systems"), but not from "class", "status" or "analysis". */
export function singular(word: string): string {
  const key = word.toLowerCase();
  return key.length > 3 && /[a-z]s$/.test(key) && !/(ss|us|is)$/.test(key) ? key.slice(0, -1) : key;
}

/**
 * Folds what wink's lemmatiser leaves apart: plurals it keeps ("recommenders") and a final "e" it
 * keeps in one form but not another ("tune" from "tuned", "tun" from "tuning").
 */
export function fold(lemma: string): string {
  const key = singular(lemma);
  return key.length > 3 && key.endsWith("e") ? key.slice(0, -1) : key;
}

/** A name glued to its version: "Python3", "TensorFlow2", "FSDP2", "Java17" (not "A100", "S3", "Web3"). */
const GLUED_VERSION = /^([A-Za-z][A-Za-z+#]{3,}?)v?\d+(?:\.\d+)*$/;

/** The written-form key of a word: lower case without a plural "s", and without a glued version number. */
export function surfaceKeyFor(text: string, key: string): string {
  const versioned = GLUED_VERSION.exec(text);
  if (versioned) return versioned[1].toLowerCase();
  return /[A-Z].*[A-Z]|\d/.test(text) ? key : singular(text);
}

/** Key for a token wink lemmatises badly: acronyms and camel case ("CD" -> "could", "LLMs"). */
export function keyFor(text: string, lemma: string): string {
  // A version suffix names the same tool: "GPT-4" and "ZeRO-3" match "GPT" and "ZeRO".
  const versioned = /^([A-Za-z][A-Za-z]*)-\d+[A-Za-z]?$/.exec(text);
  if (versioned) return versioned[1].toLowerCase();
  if (/[A-Z].*[A-Z]|\d/.test(text)) {
    const lower = text.toLowerCase();
    return /^[A-Z0-9]{2,}s$/.test(text) ? lower.slice(0, -1) : lower;
  }
  return fold(lemma);
}

export const isPunctuation = (text: string) => /^[^\p{L}\p{N}+#]+$/u.test(text);
