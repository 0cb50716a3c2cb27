import { existsSync, readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAnalyser, newAnalyser, type Analyser } from "../src/nlp/analyser.js";
import type { TermIndex } from "../src/nlp/match.js";
import { loadPosting } from "../src/posting/load.js";
import { postingIndex } from "../src/score/index.js";
import { findOccurrences } from "../src/score/skills.js";
import { buildUnits } from "../src/score/units.js";
import type { MatchKind } from "../src/types.js";
import { markdownDocument } from "./helpers/documents.js";

const posting = loadPosting("netflix-ml-intern");
let analyser: Analyser;
let index: TermIndex;
beforeAll(async () => {
  analyser = await loadAnalyser();
  index = postingIndex(posting, analyser);
});

/** Skill ids found in one line of the given section, with how each matched. */
function matchesIn(line: string, section = "Experience"): Map<string, MatchKind> {
  const doc = markdownDocument(`# Test Person\n## ${section}\n${line}\n`);
  const occurrences = findOccurrences(buildUnits(doc, analyser), index, () => 1);
  const found = new Map<string, MatchKind>();
  for (const occurrence of occurrences)
    if (!found.has(occurrence.skillId)) found.set(occurrence.skillId, occurrence.evidence.kind);
  return found;
}

describe("tokens keep technical terms whole", () => {
  const cases: [string, string[]][] = [
    ["Used C++, C#, .NET and CI/CD daily", ["C++", "C#", ".NET", "CI/CD"]],
    ["Node.js services with A/B testing", ["Node.js", "A/B"]],
    ["scikit-learn and PyTorch 2.1", ["scikit-learn"]],
    ["C/C++ and Objective-C++", ["C++", "Objective-C++"]],
  ];
  it.each(cases)("%s", (text, whole) => {
    const tokens = analyser.tokenize(text);
    for (const term of whole) expect(tokens.some((token) => token.text === term && token.tech)).toBe(true);
  });

  it("gives inflections one key: fine-tuned / fine-tuning, LLMs / LLM, embeddings / embedding", () => {
    const keys = (text: string) => analyser.tokenize(text).filter((token) => !token.punctuation);
    const same = (a: string, b: string) =>
      keys(a).every((token, i) => token.key === keys(b)[i]?.key || token.surfaceKey === keys(b)[i]?.surfaceKey);
    expect(same("fine-tuned", "fine-tuning")).toBe(true);
    expect(same("LLMs", "LLM")).toBe(true);
    expect(same("embeddings", "embedding")).toBe(true);
    expect(same("recommender systems", "recommender system")).toBe(true);
    expect(same("embedded", "embeddings")).toBe(false);
    // A capitalised verb opening a bullet is lemmatised like the same word in lower case.
    expect(analyser.tokenize("- Audited vendor contracts")[1].key).toBe(analyser.tokenize("audit")[0].key);
  });
});

describe("tokens do not depend on what was read before", () => {
  // wink remembers every unknown word it meets; "restaurant's," (a possessive before a comma, from a real
  // resume) used to make every later "restaurant's" one token instead of two.
  it("splits a possessive the same way before and after other text had it whole", () => {
    const texts = (text: string) => analyser.tokenize(text).map((token) => token.text);
    const before = texts("Knew the restaurant's menu and the zorblaxian's rules.");
    analyser.tokenize("one of the longest family owned and operated restaurant's, and the zorblaxian's, on");
    expect(texts("Knew the restaurant's menu and the zorblaxian's rules.")).toEqual(before);
    expect(before).toContain("restaurant");
  });

  // Cleared entries still take table slots, so the tables are cut back to the model as loaded now and then;
  // here after every 50 new entries, i.e. after nearly every text, and still the tokens of a fresh analyser.
  it("tokenizes as a fresh analyser after its tables were cut back many times", async () => {
    const texts = readdirSync("fixtures/resumes")
      .filter((name) => existsSync(`fixtures/resumes/${name}/resume.md`))
      .map((name) => readFileSync(`fixtures/resumes/${name}/resume.md`, "utf8"));
    expect(texts.length).toBeGreaterThan(5);
    const renewing = await newAnalyser({ renewAfterEntries: 50 });
    for (const text of [...texts, ...texts]) expect(renewing.tokenize(text)).toEqual(analyser.tokenize(text));
  });

  // wink-eng-lite-web-model's metaCER() re-stringifies its own answer on each call: without a guard the
  // 12th to 15th analyser in a process ran out of string length or memory.
  it("loads the model into many analysers in one process", { timeout: 30_000 }, async () => {
    for (let count = 0; count < 25; count++) expect((await newAnalyser()).tokenize("PyTorch at scale")).toHaveLength(3);
  });
});

describe("matching posting skills", () => {
  const cases: { text: string; section?: string; found: Record<string, MatchKind | "any">; absent?: string[] }[] = [
    { text: "- Fine-tuned LLMs for dialogue", found: { "fine-tuning": "lemma", llms: "any" } },
    { text: "- Trained with torch on 8 GPUs", found: { pytorch: "alias", "gpu-training": "any" } },
    { text: "- Wrapped the model in DistributedDataParallel", found: { ddp: "alias" } },
    { text: "- Built RecSys models with collaborative filtering", found: { "collaborative-filtering": "exact" } },
    {
      text: "- Built a retrieval-augmented generation (RAG) assistant",
      found: { "retrieval-augmented-reasoning": "alias" },
    },
    { text: "- Applied double machine learning to pricing data", found: { "double-ml": "alias" } },
    { text: "- Scaled runs with ZeRO-3 (DeepSpeed)", found: { deepspeed: "exact" } },
    {
      text: "- Languages: Python 3.11, C/C++, Scala",
      section: "Skills",
      found: { python: "exact", "c-cpp": "any", scala: "exact" },
    },
    { text: "- Developed large language models for search", found: { llms: "any" } },
    { text: "- Wrote Spark jobs over Presto tables", found: { spark: "exact", presto: "exact" } },
    // Traps: ordinary words and names that look like skills.
    { text: "- The go-to person for release planning", absent: ["go"], found: {} },
    { text: "- Reported to C-suite stakeholders monthly", absent: ["c-cpp"], found: {} },
    { text: "- Reference: R. Smith, Acme Corp", absent: ["c-cpp"], found: {} },
    {
      text: "- Fixed pixel alignment in the design system",
      absent: ["llm-alignment", "rl-post-training", "modality-fusion-alignment"],
      found: {},
    },
    { text: "- Ran a vendor evaluation for new laptops", absent: ["llm-evaluation"], found: {} },
    { text: "- Sparked a redesign of the CSS animations", absent: ["spark", "animation"], found: {} },
    { text: "- Built JavaScript components with React", absent: ["java", "agentic-systems", "tool-use"], found: {} },
    { text: "- Scalable front-end architecture", absent: ["scala"], found: {} },
    { text: "- Patient care in a zero-harm ICU", absent: ["deepspeed", "distributed-training"], found: {} },
    // Aliases from the knowledge base: the posting itself no longer lists them.
    { text: "- Served ranking models with libtorch from C++", found: { pytorch: "alias" } },
    { text: "- Sharded a 7B model with FullyShardedDataParallel", found: { fsdp: "alias" } },
    { text: "- Wrote CUDA kernels for sparse attention", found: { "gpu-training": "alias" } },
    // Hyphen, space and case variants, plurals and glued or separate versions.
    { text: "- Fine tuning of encoder models", found: { "fine-tuning": "any" } },
    { text: "- Finetuning of encoder models", found: { "fine-tuning": "alias" } },
    { text: "- FINE-TUNING of encoder models", found: { "fine-tuning": "exact" } },
    { text: "- Scaled training with Deep Speed on a cluster", found: { deepspeed: "any" } },
    { text: "- Scaled training with distributed data parallel", found: { ddp: "alias" } },
    { text: "- Built recommender systems for news", found: { "collaborative-filtering": "related" } },
    { text: "- Ported the trainer to Python3 and TensorFlow2", found: { python: "any", tensorflow: "any" } },
    { text: "- Migrated to PyTorch 2.x and FSDP2", found: { pytorch: "exact", fsdp: "any" } },
    { text: "- Trained on 64 A100 GPUs", found: { "gpu-training": "any" } },
    // Related terms: partial credit only.
    { text: "- Tuned LoRA adapters for summarisation", found: { "fine-tuning": "related" } },
    // Short acronyms need their context: DML is double ML only near causal wording.
    { text: "- Estimated treatment effects with DML and causal forests", found: { "double-ml": "acronym" } },
    { text: "- Wrote DML statements and stored procedures", absent: ["double-ml"], found: {} },
    { text: "- Built CF models on user-item ratings", found: { "collaborative-filtering": "acronym" } },
    { text: "- Treated CF patients in the pulmonary clinic", absent: ["collaborative-filtering"], found: {} },
  ];
  it.each(cases)("$text", ({ text, section, found, absent = [] }) => {
    const matches = matchesIn(text, section);
    for (const [skill, kind] of Object.entries(found)) {
      expect(matches.has(skill), `${skill} in ${[...matches.keys()].join(", ")}`).toBe(true);
      if (kind !== "any") expect(matches.get(skill)).toBe(kind);
    }
    for (const skill of absent) expect(matches.has(skill), `${skill} should not match`).toBe(false);
  });

  it("does not let a phrase span a list separator", () => {
    const matches = matchesIn("- hybrid systems, conversational recommenders", "Skills");
    expect(matches.get("hybrid-recommender")).toBe("exact");
  });

  it("weakens hedged and negated mentions", async () => {
    const strength = (line: string) => {
      const doc = markdownDocument(`# T\n## Experience\n${line}\n`);
      return findOccurrences(buildUnits(doc, analyser), index, () => 1).find((item) => item.skillId === "pytorch")
        ?.evidence;
    };
    expect(strength("- Trained ranking models in PyTorch on 2M sessions")?.strength).toBe(1);
    expect(strength("- Basic exposure to PyTorch through a tutorial")).toMatchObject({ hedged: true, strength: 0.45 });
    expect(strength("- No experience with PyTorch yet, learning TensorFlow")).toMatchObject({
      hedged: true,
      strength: 0,
    });
  });
});
