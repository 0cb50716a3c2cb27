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

let analyserPromise: Promise<Analyser> | undefined;

/** Loads wink-nlp and its English model on first use (~600 ms cold), then reuses it. */
export function loadAnalyser(): Promise<Analyser> {
  analyserPromise ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([
      import("wink-nlp"),
      import("wink-eng-lite-web-model"),
    ]);
    const nlp = (winkNLP as unknown as (model: unknown, pipe?: string[]) => WinkModule)(model, ["pos"]);
    return createAnalyser(nlp);
  })();
  return analyserPromise;
}

function createAnalyser(nlp: WinkModule): Analyser {
  const { its } = nlp;
  // wink reads a capitalised word at the start of a bullet ("Audited") as a name and leaves it whole; the
  // same word in lower case on its own gets its lemma ("audit"). Cached: a resume repeats its verbs.
  const lowerLemmas = new Map<string, string>();
  const lemmaOf = (value: string, lemma: string) => {
    if (!/^[A-Z][a-z]{3,}$/.test(value) || lemma !== value.toLowerCase()) return lemma;
    let found = lowerLemmas.get(lemma);
    if (found === undefined) {
      found = nlp.readDoc(lemma).tokens().out(its.lemma)[0] ?? lemma;
      lowerLemmas.set(lemma, found);
    }
    return found;
  };
  return {
    tokenize(text: string): Token[] {
      if (text.trim() === "") return [];
      const tokens = nlp.readDoc(text).tokens();
      const values = tokens.out(its.value);
      const lemmas = tokens.out(its.lemma);
      const spaces = tokens.out(its.precedingSpaces);
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
