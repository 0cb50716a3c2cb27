/**
 * Ranking metrics and the bag-of-words baselines of `npm run eval`: TF-IDF cosine and Okapi BM25, written
 * here from their textbook definitions so both run on exactly the text our extractor reads.
 */

/** A small English stop list: function words only, so no baseline is tuned to the task. */
const STOP = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its " +
    "me my no not of on or our she so such than that the their them then there these they this those to too us was we " +
    "were what when where which while who will with would you your"
  ).split(" "),
);

/** Lower-case word tokens: letters and digits, keeping "c++", "c#" and ".net" whole. */
export function words(text) {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]/g) ?? []).filter((word) => !STOP.has(word));
}

const counts = (tokens) => {
  const map = new Map();
  for (const token of tokens) map.set(token, (map.get(token) ?? 0) + 1);
  return map;
};

/** Document frequencies over a corpus of token lists. */
function documentFrequencies(corpus) {
  const frequencies = new Map();
  for (const tokens of corpus)
    for (const token of new Set(tokens)) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
  return frequencies;
}

/** TF-IDF cosine similarity of a query to every document (sublinear tf, smoothed idf over the documents). */
export function tfidfScores(queryText, documentTexts) {
  const corpus = documentTexts.map(words);
  const frequencies = documentFrequencies(corpus);
  const idf = (token) => Math.log((1 + corpus.length) / (1 + (frequencies.get(token) ?? 0))) + 1;
  const vector = (tokens) => {
    const weights = new Map();
    for (const [token, count] of counts(tokens)) weights.set(token, (1 + Math.log(count)) * idf(token));
    const norm = Math.sqrt([...weights.values()].reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    return { weights, norm };
  };
  const query = vector(words(queryText));
  return corpus.map((tokens) => {
    const document = vector(tokens);
    let dot = 0;
    for (const [token, weight] of query.weights) dot += weight * (document.weights.get(token) ?? 0);
    return dot / (query.norm * document.norm);
  });
}

/** Okapi BM25 (k1 = 1.2, b = 0.75) of the query's distinct words against every document. */
export function bm25Scores(queryText, documentTexts, k1 = 1.2, b = 0.75) {
  const corpus = documentTexts.map(words);
  const frequencies = documentFrequencies(corpus);
  const averageLength = corpus.reduce((sum, tokens) => sum + tokens.length, 0) / corpus.length;
  const queryWords = [...new Set(words(queryText))];
  return corpus.map((tokens) => {
    const termCounts = counts(tokens);
    let score = 0;
    for (const word of queryWords) {
      const count = termCounts.get(word) ?? 0;
      if (count === 0) continue;
      const documents = frequencies.get(word) ?? 0;
      const idf = Math.log(1 + (corpus.length - documents + 0.5) / (documents + 0.5));
      score += (idf * count * (k1 + 1)) / (count + k1 * (1 - b + (b * tokens.length) / averageLength));
    }
    return score;
  });
}

/** ROC AUC: the chance a relevant document outscores an irrelevant one (ties count half). */
export function rocAuc(scores, relevant) {
  let wins = 0;
  let pairs = 0;
  scores.forEach((score, i) => {
    if (!relevant[i]) return;
    scores.forEach((other, j) => {
      if (relevant[j]) return;
      pairs++;
      wins += score > other ? 1 : score === other ? 0.5 : 0;
    });
  });
  return pairs === 0 ? NaN : wins / pairs;
}

/**
 * nDCG@k with binary gains. Ties are broken by document order, which is the alphabetical file order and
 * the same for every method.
 */
export function ndcgAt(scores, relevant, k = 10) {
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score || a.index - b.index);
  const dcg = order
    .slice(0, k)
    .reduce((sum, item, rank) => sum + (relevant[item.index] ? 1 / Math.log2(rank + 2) : 0), 0);
  const ideal = Math.min(k, relevant.filter(Boolean).length);
  let best = 0;
  for (let rank = 0; rank < ideal; rank++) best += 1 / Math.log2(rank + 2);
  return best === 0 ? NaN : dcg / best;
}

export const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The mean of paired differences with a 95% interval from the normal approximation (1.96 standard errors). */
export function meanInterval(values) {
  const average = mean(values);
  const variance = values.reduce((sum, value) => sum + (value - average) ** 2, 0) / Math.max(1, values.length - 1);
  const margin = 1.96 * Math.sqrt(variance / values.length);
  return { mean: average, low: average - margin, high: average + margin };
}
