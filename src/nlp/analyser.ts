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
  /** Where the next new entry goes (absent on tables wink never grows). */
  index?: number;
}
interface CoreModel {
  features: Record<string, Partial<GrowingTable>>;
}
type WinkFactory = (model: unknown, pipe?: string[]) => WinkModule;
interface EnglishModel {
  core(): CoreModel;
  metaCER(): unknown;
}

let analyserPromise: Promise<Analyser> | undefined;

/** Loads wink-nlp and its English model on first use (~600 ms cold), then reuses it. */
export function loadAnalyser(): Promise<Analyser> {
  analyserPromise ??= newAnalyser();
  return analyserPromise;
}

/**
 * Entries wink may add to its tables before they are cut back to the model as loaded. Each resume adds a few
 * hundred (see `pristine`); without the cut a batch worker's heap grew ~16 KB per file for good.
 */
const RENEW_AFTER_ENTRIES = 100_000;

/** A new analyser with its own copy of wink's model; `loadAnalyser` shares one per thread. */
export async function newAnalyser(options: { renewAfterEntries?: number } = {}): Promise<Analyser> {
  const [{ default: winkNLP }, { default: model }] = await Promise.all([
    import("wink-nlp"),
    import("wink-eng-lite-web-model"),
  ]);
  return createAnalyser(
    winkNLP as unknown as WinkFactory,
    reusable(model as unknown as EnglishModel),
    options.renewAfterEntries ?? RENEW_AFTER_ENTRIES,
  );
}

let reusableModel: EnglishModel | undefined;
/**
 * The English model, safe to load into wink more than once. Its metaCER() stringifies its module's data in
 * place and returns that, so each further call returned the last answer stringified again, doubling it: the
 * 12th to 15th wink instance in a process ran out of string length. The first answer serves them all.
 */
function reusable(english: EnglishModel): EnglishModel {
  if (!reusableModel) {
    let metaCER: unknown;
    reusableModel = Object.assign(Object.create(null) as EnglishModel, english, {
      metaCER: () => (metaCER ??= english.metaCER()),
    });
  }
  return reusableModel;
}

const tablesSize = (tables: GrowingTable[]) => tables.reduce((sum, table) => sum + table.list.length, 0);

/**
 * Runs wink with the model as it was loaded. wink adds every word it has not met to the model's tables, and
 * its tokenizer and lemmatizer consult them: once any text had "restaurant's" as one token, later texts keep
 * it whole; before, they split it. A score then depended on the files a process had read before (found in
 * batch: a resume's word count changed with the worker it landed on). Afterwards the words added are
 * forgotten: their hash entries are cleared. The list slots stay, because wink's cache indexes a private
 * table by position; so the tables still grow, and `createAnalyser` cuts them back now and then.
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

function createAnalyser(winkNLP: WinkFactory, english: EnglishModel, renewAfterEntries: number): Analyser {
  // wink builds its working copy of the model with model.core() (~50 ms); it is made once and kept by hand.
  const core = english.core();
  const model = Object.assign(Object.create(null), english, { core: () => core });
  // The set of tables is fixed, only their contents grow.
  const tables = Object.values(core.features).filter((table): table is GrowingTable => !!table.hash && !!table.list);
  const coreSizes = tables.map((table) => table.list.length);
  let nlp = winkNLP(model, ["pos"]);
  let loadedSize = tablesSize(tables);
  /**
   * Cuts the tables back to the model as made and starts a new wink on it (~2 ms): the entries its loading
   * adds come back in the same slots, and the new cache's private table starts empty, as on the first load.
   */
  const renew = () => {
    tables.forEach((table, index) => {
      const size = coreSizes[index];
      for (let slot = size; slot < table.list.length; slot++) delete table.hash[String(table.list[slot])];
      table.list.length = size;
      if (table.index !== undefined) table.index = size;
    });
    nlp = winkNLP(model, ["pos"]);
    loadedSize = tablesSize(tables);
  };
  const readPristine = <T>(read: (wink: WinkModule) => T): T => {
    if (tablesSize(tables) - loadedSize > renewAfterEntries) renew();
    return pristine(tables, () => read(nlp));
  };
  const { its } = nlp;
  // wink reads a capitalised word at the start of a bullet ("Audited") as a name and leaves it whole; the
  // same word in lower case on its own gets its lemma ("audit"). Cached: a resume repeats its verbs.
  const lowerLemmas = new Map<string, string>();
  const lemmaOf = (value: string, lemma: string) => {
    if (!/^[A-Z][a-z]{3,}$/.test(value) || lemma !== value.toLowerCase()) return lemma;
    let found = lowerLemmas.get(lemma);
    if (found === undefined) {
      found = readPristine((wink) => wink.readDoc(lemma).tokens().out(its.lemma)[0]) ?? lemma;
      lowerLemmas.set(lemma, found);
    }
    return found;
  };
  return {
    tokenize(text: string): Token[] {
      if (text.trim() === "") return [];
      const [values, lemmas, spaces] = readPristine((wink) => {
        const tokens = wink.readDoc(text).tokens();
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
