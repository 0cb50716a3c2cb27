import { isPunctuation, keyFor, protectedSpans, surfaceKeyFor, type Token } from "./tokens.js";

/** Turns text into tokens. One instance per process: loading wink's model is the cost. */
export interface Analyser {
  tokenize(text: string): Token[];
}

interface WinkModule {
  readDoc(text: string): {
    tokens(): { out(item?: unknown): string[] };
  };
  its: { lemma: unknown; precedingSpaces: unknown; value: unknown };
}

/** A table of wink's core model that grows as it meets words it does not know. */
interface GrowingTable {
  hash: Record<string, number | undefined>;
  list: unknown[];
}
interface CoreModel {
  features: Record<string, Partial<GrowingTable>>;
}

let analyserPromise: Promise<Analyser> | undefined;

/** Loads wink-nlp and its English model on first use (~600 ms cold), then reuses it. */
export function loadAnalyser(): Promise<Analyser> {
  analyserPromise ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([
      import("wink-nlp"),
      import("wink-eng-lite-web-model"),
    ]);
    // wink builds its working copy of the model with model.core(); keep a handle on it (see `pristine`).
    const english = model as unknown as { core: () => CoreModel };
    let core: CoreModel | undefined;
    const capturing = Object.assign(Object.create(null), english, { core: () => (core = english.core()) });
    const nlp = (winkNLP as unknown as (model: unknown, pipe?: string[]) => WinkModule)(capturing, ["pos"]);
    return createAnalyser(nlp, core!);
  })();
  return analyserPromise;
}

/**
 * Runs wink with the model as it was loaded. wink adds every word it has not met to the model's tables, and
 * its tokenizer and lemmatizer consult them: once any text had "restaurant's" as one token, later texts keep
 * it whole; before, they split it. A score then depended on the files a process had read before (found in
 * batch: a resume's word count changed with the worker it landed on). Afterwards the words added are
 * forgotten: their hash entries are cleared; the list slots stay, because wink indexes a private table by position.
 */
function pristine<T>(tables: GrowingTable[], work: () => T): T {
  const sizes = tables.map((table) => table.list.length);
  try {
    return work();
  } finally {
    tables.forEach((table, index) => {
      // wink tests entries with `=== undefined`; unlike `delete`, this never makes V8 rebuild a 100k-key table.
      for (let slot = sizes[index]; slot < table.list.length; slot++) table.hash[String(table.list[slot])] = undefined;
    });
  }
}

function createAnalyser(nlp: WinkModule, core: CoreModel): Analyser {
  const { its } = nlp;
  // Found once: the set of tables is fixed, only their contents grow.
  const tables = Object.values(core.features).filter((table): table is GrowingTable => !!table.hash && !!table.list);
  // wink reads a capitalised word at the start of a bullet ("Audited") as a name and leaves it whole; the
  // same word in lower case on its own gets its lemma ("audit"). Cached: a resume repeats its verbs.
  const lowerLemmas = new Map<string, string>();
  const lemmaOf = (value: string, lemma: string) => {
    if (!/^[A-Z][a-z]{3,}$/.test(value) || lemma !== value.toLowerCase()) return lemma;
    let found = lowerLemmas.get(lemma);
    if (found === undefined) {
      found = pristine(tables, () => nlp.readDoc(lemma).tokens().out(its.lemma)[0]) ?? lemma;
      lowerLemmas.set(lemma, found);
    }
    return found;
  };
  return {
    tokenize(text: string): Token[] {
      if (text.trim() === "") return [];
      const [values, lemmas, spaces] = pristine(tables, () => {
        const tokens = nlp.readDoc(text).tokens();
        return [tokens.out(its.value), tokens.out(its.lemma), tokens.out(its.precedingSpaces)];
      });
      const spans = protectedSpans(text);
      const result: Token[] = [];
      let offset = 0;
      let spanIndex = 0;
      for (let index = 0; index < values.length; index++) {
        const value = values[index];
        offset += spaces[index].length;
        // wink may normalise a character; look for the token where it is written to keep offsets true.
        const found = text.indexOf(value, offset);
        const start = found >= 0 && found - offset < 4 ? found : offset;
        const end = start + value.length;
        offset = end;
        while (spanIndex < spans.length && spans[spanIndex][1] <= start) spanIndex++;
        const span = spans[spanIndex];
        if (span && start >= span[0]) {
          const last = result[result.length - 1];
          if (last?.tech && last.start === span[0]) continue;
          const whole = text.slice(span[0], span[1]);
          const key = keyFor(whole, whole);
          result.push({
            text: whole,
            key,
            // "GPT-4" keys as "gpt" (meets a posting's "GPT") and is written "gpt-4" (meets a term "GPT-4").
            surfaceKey: /\d/.test(whole) ? whole.toLowerCase() : key,
            start: span[0],
            end: span[1],
            tech: true,
            punctuation: false,
          });
          continue;
        }
        const punctuation = isPunctuation(value);
        const key = punctuation ? "" : keyFor(value, lemmaOf(value, lemmas[index]));
        const surfaceKey = punctuation ? "" : surfaceKeyFor(value, key);
        result.push({
          text: value,
          key,
          surfaceKey,
          start,
          end,
          tech: false,
          punctuation,
        });
      }
      return result;
    },
  };
}
