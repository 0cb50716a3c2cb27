import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PostingError } from "../src/errors.js";
import {
  expandConcept,
  getSkill,
  knowledgeBase,
  knowledgeBaseFile,
  lookupSkill,
  skillConcept,
  type KbSkill,
} from "../src/kb/index.js";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { TermIndex, compileTerms } from "../src/nlp/match.js";
import { parsePosting } from "../src/posting/load.js";
import { postingIndex } from "../src/score/index.js";
import { findOccurrences } from "../src/score/skills.js";
import { buildUnits } from "../src/score/units.js";
import type { SkillConcept } from "../src/types.js";
import { markdownDocument } from "./helpers/documents.js";

const concept = (fields: Partial<SkillConcept> & { id: string; name: string }): SkillConcept => ({
  aliases: [],
  acronyms: [],
  related: [],
  context: [],
  keywords: [],
  importance: "required",
  ...fields,
});

describe("the shipped knowledge base", () => {
  const kb = knowledgeBase();

  it("is small, attributed, and free of Stack Overflow (CC BY-SA) data", () => {
    expect(statSync(knowledgeBaseFile).size).toBeLessThan(3 * 1024 * 1024);
    expect(kb.about.attribution.join(" ")).toMatch(/O\*NET 29\.2.*CC BY 4\.0/);
    expect(kb.about.attribution.join(" ")).toMatch(/ESCO.*European Union/);
    expect(kb.skills.length).toBeGreaterThan(5000);
    const sources = new Set(kb.skills.flatMap((skill) => skill.sources));
    expect([...sources].sort()).toEqual(["curated", "esco", "linguist", "onet"]);
  });

  it("has unique ids that postings can reference", () => {
    const ids = kb.skills.map((skill) => skill.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });

  const shared = path.resolve("../shared/data/taxonomy");
  it.skipIf(!existsSync(shared) || !existsSync("dist/kb/normalize.js"))(
    "is what scripts/build-kb.mjs builds from ../shared/data/taxonomy (needs npm run build)",
    () => {
      const output = path.join(mkdtempSync(path.join(tmpdir(), "kb-")), "skills-kb.json");
      const run = spawnSync(process.execPath, ["scripts/build-kb.mjs", shared, output], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(output, "utf8")).toBe(readFileSync(knowledgeBaseFile, "utf8"));
    },
  );
});

describe("lookupSkill: the entry a written name refers to", () => {
  const cases: [string, string | undefined][] = [
    ["PyTorch", "pytorch"],
    ["torch", "pytorch"],
    ["PyTorch Lightning", "pytorch"],
    ["PyTorch 2.x", "pytorch"],
    ["Python 3.11", "python"],
    ["python3", "python"],
    ["golang", "go"],
    ["ReactJS", "react"],
    ["Node.JS", "nodejs"],
    ["node js", "nodejs"],
    ["fine tuning", "fine-tuning"],
    ["finetuning", "fine-tuning"],
    ["RecSys", "recommender-systems"],
    ["DistributedDataParallel", "ddp"],
    ["DDP", "ddp"],
    ["k8s", "kubernetes"],
    ["sklearn", "scikit-learn"],
    ["Oracle Java", "java"],
    ["Apache Spark", "spark"],
    ["C++", "cpp"],
    ["C#", "csharp"],
    ["Excel", "microsoft-excel"],
    ["CRM", "customer-relationship-management-software"],
    ["frobnicator 9000", undefined],
  ];
  it.each(cases)("%s -> %s", (text, id) => {
    expect(lookupSkill(text)?.id).toBe(id);
  });

  it("marks names that are ordinary words as ambiguous, with context words", () => {
    for (const id of ["go", "r", "c", "rust", "julia", "spark", "swift"]) {
      const skill = getSkill(id) as KbSkill;
      expect(skill.ambiguous, id).toBe(true);
      expect(skillConcept(skill).context.length, id).toBeGreaterThan(0);
    }
    expect(getSkill("pytorch")?.ambiguous).toBeUndefined();
  });
});

describe("expandConcept: postings get aliases from the knowledge base", () => {
  it("links a skill named like an entry", () => {
    const expanded = expandConcept(concept({ id: "dl-framework", name: "PyTorch" }));
    expect(expanded.aliases).toEqual(expect.arrayContaining(["torch", "PyTorch Lightning"]));
    expect(expanded.related).toEqual(expect.arrayContaining(["JAX"]));
  });

  it("links the entries a `kb` field names, and none for `kb: []`", () => {
    const linked = expandConcept(concept({ id: "ddp", name: "DDP", kb: ["ddp"] }));
    expect(linked.aliases).toContain("DistributedDataParallel");
    expect(linked.aliases).toContain("PyTorch DDP");
    const unlinked = concept({ id: "python", name: "Python", kb: [] });
    expect(expandConcept(unlinked)).toEqual(unlinked);
  });

  it("keeps the posting's own choices: a term it calls related stays related", () => {
    const expanded = expandConcept(
      concept({ id: "llms", name: "large language models", related: ["foundation model"] }),
    );
    expect(expanded.related).toContain("foundation model");
    expect(expanded.aliases).not.toContain("foundation model");
  });

  it("rejects an unknown kb id: in a posting file at file:line:col, in a built Posting naming the skill", () => {
    const yaml =
      "id: tiny\ntitle: T\ncompany: C\nskills:\n  - { id: torch-skill, name: Torch, kb: [pytorh] }\nrequirements: []\n";
    expect(() => parsePosting(yaml, "tiny.yaml")).toThrow(/^tiny\.yaml:5:\d+: .*unknown knowledge-base entry "pytorh"/);
    const posting = parsePosting(yaml.replace("pytorh", "pytorch"), "tiny.yaml");
    posting.skills[0].kb = ["pytorh"];
    expect(() => postingIndex(posting, analyser)).toThrow(PostingError);
    expect(() => postingIndex(posting, analyser)).toThrow(
      /skill "torch-skill" names the unknown knowledge-base entry "pytorh"/,
    );
  });
});

let analyser: Analyser;
beforeAll(async () => {
  analyser = await loadAnalyser();
});

describe("short ambiguous names need context (knowledge-base concepts)", () => {
  const ids = ["go", "r", "c", "rust", "julia", "spark", "swift", "cpp"];
  let index: TermIndex;
  beforeAll(() => {
    index = new TermIndex(
      compileTerms(
        ids.map((id) => skillConcept(getSkill(id)!)),
        analyser,
      ),
      analyser,
    );
  });
  const found = (line: string) => {
    const doc = markdownDocument(`# Test Person\n## Experience\n${line}\n`);
    return new Set(findOccurrences(buildUnits(doc, analyser), index, () => 1).map((item) => item.skillId));
  };
  const cases: [string, string[], string[]][] = [
    ["- Built Go microservices behind a gRPC gateway", ["go"], []],
    ["- The go-to person for release planning", [], ["go"]],
    ["- Analysed survey data in R with ggplot2", ["r"], []],
    ["- Reference: R. Smith, Acme Corp", [], ["r"]],
    ["- Wrote embedded C firmware for sensor boards", ["c"], []],
    ["- Reported to C-suite stakeholders monthly", [], ["c", "cpp"]],
    ["- Rewrote the parser in Rust and C++ for speed", ["rust", "cpp"], []],
    ["- Removed rust from the pipes in the plant", [], ["rust"]],
    ["- Wrote a Julia package for numerical ODE solvers", ["julia"], []],
    ["- Co-authored with Julia Chen and Mark Ruiz", [], ["julia"]],
    ["- Ran Spark jobs on a Hadoop cluster", ["spark"], []],
    ["- Sparked a redesign of the onboarding flow", [], ["spark"]],
    ["- Built iOS apps in Swift and SwiftUI", ["swift"], []],
    ["- Gave a swift response to customer tickets", [], ["swift"]],
  ];
  it.each(cases)("%s", (line, present, absent) => {
    const skills = found(line);
    for (const id of present) expect(skills.has(id), `${id} in ${[...skills].join(",")}`).toBe(true);
    for (const id of absent) expect(skills.has(id), `${id} should not match`).toBe(false);
  });
});
