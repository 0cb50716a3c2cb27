/** Skills named inside prose: knowledge-base entries (longest phrase first) and product-like names. */
import { ConceptBook, isDistinctive, type AddOptions } from "./concepts.js";

/** Inner capitals, digits or symbols: what marks a product name in a description ("SageMaker", "C++"). */
const hasInnerShape = (word: string) => /[+#/\d]|\.[A-Za-z]|[a-z][A-Z]/.test(word);

const STOP_EDGE = /^(?:and|or|of|in|on|with|the|a|an|to|for|at|by|as|using|via|from|is|are)$/i;
/** Capitalised words that are not tools. */
const NOT_TOOLS = new Set(
  (
    "I A An The We You Our Your This That These Those It In On At For With And Or Of To By As If Must Should " +
    "BS BA MS MSc MBA PhD Ph.D. BA/BS BS/BA US USA UK EU Inc Ltd LLC " +
    "January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
  ).split(" "),
);

/**
 * Knowledge-base skills and named tools inside a longer phrase. In a qualification any capitalised name
 * counts ("Triton Inference Server", "Feast"); in a description only one shaped like a product ("SageMaker").
 */
export function findMentions(
  book: ConceptBook,
  text: string,
  options: Omit<AddOptions, "kb">,
  inQualification: boolean,
): string[] {
  const tokens = text.split(/\s+/).map((token) => token.replace(/^[("'[]+|[)"'\],.;:!?]+$/g, ""));
  const ids: string[] = [];
  const used = new Set<number>();
  for (let size = 4; size >= 1; size--) {
    for (let start = 0; start + size <= tokens.length; start++) {
      const span = tokens.slice(start, start + size);
      if (span.some((_, offset) => used.has(start + offset)) || span.some((token) => token === "")) continue;
      if (size > 1 && (STOP_EDGE.test(span[0]) || STOP_EDGE.test(span[size - 1]))) continue;
      const kb = book.kbFor(span.join(" "), start === 0);
      if (!kb) continue;
      const id = book.add(span.join(" "), { ...options, kb });
      if (id) ids.push(id);
      span.forEach((_, offset) => used.add(start + offset));
    }
  }
  // Named tools the knowledge base does not know: "Triton Inference Server", "SageMaker", "WhyLogs".
  let run: string[] = [];
  const flush = () => {
    const named = inQualification || run.some(hasInnerShape);
    if (run.length > 0 && run.length <= 4 && named) {
      const id = book.add(run.join(" "), { ...options });
      if (id) ids.push(id);
    }
    run = [];
  };
  const raw = text.split(/\s+/);
  tokens.forEach((token, index) => {
    const proper = /^[A-Z][\w.+#/-]*$/.test(token) && !used.has(index) && !NOT_TOOLS.has(token) && index > 0;
    if (proper && (isDistinctive(token) || /^[A-Z][a-z]/.test(token))) run.push(token);
    else flush();
    // A comma or a full stop ends a name: "Content, Choosing & Conversation" are three.
    if (/[,;:.)]$/.test(raw[index] ?? "") && !/\.[a-z]+$/.test(raw[index] ?? "")) flush();
  });
  flush();
  return ids;
}
