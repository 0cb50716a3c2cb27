import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../src/extract/index.js";
import { textToDocument } from "../src/extract/text.js";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { loadPosting } from "../src/posting/load.js";
import { analyse } from "../src/score/index.js";
import { applyEdits } from "../src/tailor/edits.js";
import { buildPlan } from "../src/tailor/plan.js";
import type { TailorPlan } from "../src/tailor/types.js";
import { rewriteSource } from "../src/tailor/write.js";
import { runCli } from "./helpers/run-cli.js";
import { EXAMPLE_SCENARIOS } from "./helpers/documents.js";

const posting = loadPosting("netflix-ml-intern");
let analyser: Analyser;
const plans = new Map<string, TailorPlan>();
const fixture = (scenario: string) => `fixtures/resumes/${scenario}/resume.md`;
const scenarios = EXAMPLE_SCENARIOS;

beforeAll(async () => {
  analyser = await loadAnalyser();
  for (const scenario of scenarios) {
    const doc = await extractDocument(fixture(scenario));
    plans.set(scenario, buildPlan(doc, posting, analyser, { have: [], toolVersion: "test" }));
  }
});
const plan = (scenario: string) => plans.get(scenario)!;
const kinds = (scenario: string) => plan(scenario).suggestions.map((suggestion) => suggestion.id);

describe("tailoring plans on the fixtures", () => {
  it("tells the synonym-heavy candidate to mirror the posting's terms, where they already show the skill", () => {
    const mirror = plan("synonym-phd").suggestions.filter((suggestion) => suggestion.kind === "mirror-term");
    expect(mirror.map((suggestion) => suggestion.id)).toEqual(
      expect.arrayContaining(["mirror-term:pytorch", "mirror-term:bandits"]),
    );
    const pytorch = mirror.find((suggestion) => suggestion.id === "mirror-term:pytorch")!;
    expect(pytorch).toMatchObject({ category: "keywords", safe: true, data: { written: "torch", posting: "PyTorch" } });
    expect(pytorch.gain).toBeGreaterThan(0);
    expect(pytorch.location?.fileLine).toBeGreaterThan(0);
  });

  it("never tells the front-end engineer to claim ML skills", () => {
    const skills = plan("frontend-engineer").suggestions.filter((suggestion) => suggestion.category === "skills");
    expect(skills.length).toBeGreaterThan(0);
    for (const suggestion of skills) expect(suggestion.kind).toBe("skill-gap");
    const mlMirrors = plan("frontend-engineer").suggestions.filter(
      (suggestion) => suggestion.kind === "mirror-term" && suggestion.id !== "mirror-term:version-control",
    );
    expect(mlMirrors).toEqual([]);
  });

  it("tells the keyword stuffer to remove the keyword block", () => {
    expect(kinds("keyword-stuffer")).toContain("remove-keyword-block:skills");
    const removal = plan("keyword-stuffer").suggestions.find(
      (suggestion) => suggestion.kind === "remove-keyword-block",
    )!;
    expect(removal.priority).toBe("high");
  });

  it("ranks by measured gain, and every gain equals the re-scored difference", async () => {
    for (const scenario of ["synonym-phd", "ms-data-scientist", "keyword-stuffer"]) {
      const doc = await extractDocument(fixture(scenario));
      const before = analyse(doc, posting, analyser, "test").scores;
      const gains = plan(scenario).suggestions.map((suggestion) => suggestion.gain);
      expect(gains).toEqual([...gains].sort((a, b) => b - a));
      for (const suggestion of plan(scenario).suggestions.filter((item) => item.edits.length > 0)) {
        const after = analyse(applyEdits(doc, suggestion.edits), posting, analyser, "test").scores;
        expect(after.overall - before.overall, suggestion.id).toBe(suggestion.gain);
        expect(after.keywords - before.keywords, suggestion.id).toBe(suggestion.gains.keywords);
      }
    }
  });

  it("maps each qualification to supporting lines", () => {
    const strong = plan("strong-phd-recsys").alignment;
    expect(strong.map((item) => item.id)).toEqual(posting.requirements.map((requirement) => requirement.id));
    expect(strong.find((item) => item.id === "gpu-training")!.support[0].text).toMatch(/GPU/i);
    expect(plan("nurse").alignment.find((item) => item.id === "ml-framework")).toMatchObject({
      status: "not-met",
      support: [],
    });
  });
});

/** A small deterministic PRNG so the property test is repeatable. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("--write never adds a skill without evidence or --have (property, fixed seed)", () => {
  it("holds over random --have choices on every fixture", () => {
    const next = random(20261125);
    const names = posting.skills.map((skill) => skill.name);
    for (let round = 0; round < 24; round++) {
      const scenario = scenarios[Math.floor(next() * scenarios.length)];
      const have = names.filter(() => next() < 0.08);
      const source = readFileSync(fixture(scenario), "utf8");
      const doc = textToDocument(source, { path: "r.md", format: "md", bytes: source.length });
      const before = analyse(doc, posting, analyser, "test");
      const written = rewriteSource(source, doc, buildPlan(doc, posting, analyser, { have, toolVersion: "test" })).text;
      const after = analyse(
        textToDocument(written, { path: "r.md", format: "md", bytes: written.length }),
        posting,
        analyser,
        "test",
      );
      const evidenced = new Set(
        before.skills.filter((skill) => skill.status !== "missing").map((skill) => skill.skillId),
      );
      const confirmed = new Set(posting.skills.filter((skill) => have.includes(skill.name)).map((skill) => skill.id));
      // No skill becomes matched unless the resume showed it before or the user confirmed it.
      for (const skill of after.skills) {
        if (skill.status !== "matched" || evidenced.has(skill.skillId)) continue;
        expect(confirmed.has(skill.skillId), `${scenario}: ${skill.skillId} became matched`).toBe(true);
      }
      // Every changed line is a mirrored posting phrase of an evidenced skill, or the confirmed skills.
      const mirrored = new Set(
        posting.skills.filter((skill) => evidenced.has(skill.id)).map((skill) => skill.keywords[0] ?? skill.name),
      );
      const original = new Set(source.split("\n"));
      for (const line of written.split("\n").filter((text) => !original.has(text))) {
        const also = /^- \*\*Also:\*\* (.+)$/.exec(line);
        if (also) {
          for (const name of also[1].split(", ")) expect(have, `${scenario}: added ${name}`).toContain(name);
          continue;
        }
        const added = [...line.matchAll(/ \(([^()]+)\)/g)]
          .map((match) => match[1])
          .filter((text) => !source.includes(`(${text})`));
        expect(added.length, `${scenario}: ${line}`).toBeGreaterThan(0);
        for (const phrase of added) expect(mirrored.has(phrase), `${scenario}: mirrored ${phrase}`).toBe(true);
      }
    }
  });
});

describe("tailor CLI", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ats-tailor-"));

  it("prints a plan, a Markdown checklist and JSON", async () => {
    const pretty = await runCli(["tailor", fixture("synonym-phd"), "--job", "netflix-ml-intern"]);
    expect(pretty.exitCode).toBe(0);
    expect(pretty.stdout).toMatch(/Keyword optimisation[\s\S]*\+\d+\s+Use the posting's words: you write "torch"/);
    const markdown = await runCli(["tailor", fixture("synonym-phd"), "--job", "netflix-ml-intern", "--markdown"]);
    expect(markdown.stdout).toMatch(/^# Tailoring plan/);
    expect(markdown.stdout).toMatch(/^- \[ \] \*\*\+\d+\*\* /m);
    const json = JSON.parse(
      (await runCli(["tailor", fixture("synonym-phd"), "--job", "netflix-ml-intern", "--json"])).stdout,
    );
    expect(json.schemaVersion).toBe(1);
    expect(json.suggestions[0]).toHaveProperty("gain");
  });

  it("writes a tailored copy with safe edits only, atomically, never over the input", async () => {
    const input = path.join(dir, "resume.md");
    writeFileSync(input, readFileSync(fixture("synonym-phd")));
    const output = path.join(dir, "tailored.md");
    const result = await runCli(["tailor", input, "--job", "netflix-ml-intern", "--have", "Keras", "--write", output]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Overall score: (\d+) before, (\d+) after/);
    const [, before, after] = /Overall score: (\d+) before, (\d+) after/.exec(result.stdout)!;
    expect(Number(after)).toBeGreaterThan(Number(before));
    const written = readFileSync(output, "utf8");
    expect(written).toContain("torch (PyTorch)");
    expect(written).toMatch(/Also:\*\* Keras/);
    expect(readFileSync(input, "utf8")).toBe(readFileSync(fixture("synonym-phd"), "utf8"));

    const again = await runCli(["tailor", input, "--job", "netflix-ml-intern", "--write", output]);
    expect(again).toMatchObject({ exitCode: 2 });
    expect(again.stderr).toMatch(/the file already exists; pass --force/);
    const forced = await runCli(["tailor", input, "--job", "netflix-ml-intern", "--write", output, "--force"]);
    expect(forced.exitCode).toBe(0);
    expect(existsSync(`${output}.bak`)).toBe(true);
    const overInput = await runCli(["tailor", input, "--job", "netflix-ml-intern", "--write", input, "--force"]);
    expect(overInput.exitCode).toBe(2);
    expect(overInput.stderr).toMatch(/that is an input file/);
  });

  it("refuses --write for PDF input with a clear line", async () => {
    const result = await runCli([
      "tailor",
      "fixtures/resumes/synonym-phd/resume.pdf",
      "--job",
      "netflix-ml-intern",
      "--write",
      path.join(dir, "x.md"),
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--write needs a Markdown, plain-text or JSON Resume file/);
  });

  it("shows what is common to several jobs and what is specific", async () => {
    const second = path.join(dir, "ml-platform.yaml");
    writeFileSync(
      second,
      "id: ml-platform\ntitle: ML Platform Engineer\ncompany: Acme\nskills:\n  - id: pytorch\n    name: PyTorch\n    aliases: [torch]\n  - id: kubernetes\n    name: Kubernetes\n    aliases: [k8s]\nrequirements:\n  - id: k8s\n    label: Runs Kubernetes\n    kind: any-skill\n    skills: [kubernetes]\n",
    );
    const result = await runCli(["tailor", fixture("synonym-phd"), "--job", "netflix-ml-intern", "--job", second]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /Common to all 2 jobs[\s\S]*"torch"[\s\S]*Only for ML Platform Engineer \(ml-platform\)[\s\S]*"k8s"/,
    );
  });
});

describe("JSON Resume input", () => {
  it("is scored, and tailor --write edits the JSON's own strings", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ats-json-"));
    const output = path.join(dir, "tailored.json");
    const input = "fixtures/resumes/json-resume-phd/resume.json";
    const score = JSON.parse((await runCli([input, "--job", "netflix-ml-intern", "--json"])).stdout);
    expect(score.resume.format).toBe("json");
    expect(score.requirements[0]).toMatchObject({ id: "phd-enrolled", status: "met" });
    const result = await runCli(["tailor", input, "--job", "netflix-ml-intern", "--have", "Keras", "--write", output]);
    expect(result.exitCode, result.stderr).toBe(0);
    const written = JSON.parse(readFileSync(output, "utf8"));
    expect(written.work[0].highlights[0]).toContain("torch (PyTorch)");
    expect(written.skills.at(-1)).toEqual({ name: "Also", keywords: ["Keras"] });
    expect(written.basics).toEqual(JSON.parse(readFileSync(input, "utf8")).basics);
  });

  it("refuses JSON that is not a JSON Resume", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ats-json-"));
    const file = path.join(dir, "data.json");
    writeFileSync(file, '{"name": "x"}');
    const result = await runCli([file, "--job", "netflix-ml-intern"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/data\.json: this JSON is not a JSON Resume/);
  });
});

describe("format fixes from the checks", () => {
  it("measures each layout fix by re-scoring a simulated re-export", async () => {
    const cases: [string, string][] = [
      ["fixtures/format/two-columns.pdf", "two-columns"],
      ["fixtures/format/skills-table.pdf", "table-layout"],
      ["fixtures/format/white-text.pdf", "hidden-text"],
    ];
    for (const [file, checkId] of cases) {
      const doc = await extractDocument(file);
      const result = buildPlan(doc, posting, analyser, { have: [], toolVersion: "test" });
      const fix = result.suggestions.find((suggestion) => suggestion.id.startsWith(`fix-format:${checkId}`))!;
      expect(fix, `${file}: ${result.suggestions.map((item) => item.id).join(", ")}`).toBeDefined();
      expect(fix.category).toBe("format");
      expect(fix.gains.format, file).toBeGreaterThan(0);
      const after = analyse(applyEdits(doc, fix.edits), posting, analyser, "test");
      expect(after.findings.map((finding) => finding.checkId)).not.toContain(checkId);
    }
  });

  it("moves header-only contact into the body", async () => {
    const doc = await extractDocument("fixtures/format/header-contact.pdf");
    const result = buildPlan(doc, posting, analyser, { have: [], toolVersion: "test" });
    const move = result.suggestions.find((suggestion) => suggestion.kind === "move-contact")!;
    expect(move).toMatchObject({ category: "format", priority: "high" });
    expect(move.gain).toBeGreaterThan(0);
  });
});
