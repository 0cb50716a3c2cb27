import { readFileSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../src/extract/index.js";
import { formatJson } from "../src/format/json.js";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { loadPosting } from "../src/posting/load.js";
import { analyse } from "../src/score/index.js";
import type { Report } from "../src/types.js";
import { EXAMPLE_SCENARIOS } from "./helpers/documents.js";

const posting = loadPosting("netflix-ml-intern");
let analyser: Analyser;
const reports = new Map<string, Report>();
const scenarios = EXAMPLE_SCENARIOS;

beforeAll(async () => {
  analyser = await loadAnalyser();
  for (const scenario of scenarios) {
    const doc = await extractDocument(`fixtures/resumes/${scenario}/resume.pdf`);
    reports.set(scenario, analyse(doc, posting, analyser, "test"));
  }
});
const report = (scenario: string) => reports.get(scenario)!;
const overall = (scenario: string) => report(scenario).scores.overall;

describe("fixture scores fall in a sensible order", () => {
  it("strong PhD > synonym PhD > M.S. data scientist > keyword stuffer > front-end engineer > nurse", () => {
    const order = scenarios.map(overall);
    expect(order, scenarios.map((name, i) => `${name}=${order[i]}`).join(" ")).toEqual(
      [...order].sort((a, b) => b - a),
    );
    expect(new Set(order).size).toBe(order.length);
  });

  it("rates the synonym-heavy twin's skills within 15% of the plain-wording one", () => {
    const plain = report("strong-phd-recsys").scores.skills;
    expect(report("synonym-phd").scores.skills).toBeGreaterThanOrEqual(plain * 0.85);
    // Keywords are literal: the synonym resume lacks the posting's exact words and the score says so.
    expect(report("synonym-phd").scores.keywords).toBeLessThan(report("strong-phd-recsys").scores.keywords - 30);
  });

  it("flags the keyword stuffer and gives its block almost no credit", () => {
    const stuffer = report("keyword-stuffer");
    expect(stuffer.findings.map((finding) => finding.checkId)).toContain("keyword-stuffing");
    const ddp = stuffer.skills.find((skill) => skill.skillId === "ddp")!;
    expect(ddp.status).toBe("partial");
    expect(ddp.credit).toBeLessThanOrEqual(0.15);
    expect(report("strong-phd-recsys").findings.map((finding) => finding.checkId)).not.toContain("keyword-stuffing");
  });

  it("honours 'one or more areas': a recommender-systems PhD is not penalised for lacking graphics", () => {
    const strong = report("strong-phd-recsys");
    expect(strong.areas.find((area) => area.id === "graphics")!.coverage).toBe(0);
    expect(strong.requirements.find((item) => item.id === "domain-expertise")).toMatchObject({ status: "met" });
    expect(strong.scores.skills).toBeGreaterThanOrEqual(90);
  });

  it("checks PhD enrolment", () => {
    expect(report("strong-phd-recsys").requirements[0]).toMatchObject({
      id: "phd-enrolled",
      status: "met",
      reason: "enrolled",
    });
    expect(report("ms-data-scientist").requirements[0]).toMatchObject({
      status: "not-met",
      reason: "highest-degree-masters",
    });
    expect(report("nurse").requirements[0]).toMatchObject({ status: "not-met", reason: "highest-degree-bachelors" });
  });

  it("counts evidence in bullets above a bare list", () => {
    const strong = report("strong-phd-recsys").skills.find((skill) => skill.skillId === "pytorch")!;
    expect(strong.evidence[0].section).not.toBe("skills");
    expect(strong.credit).toBeGreaterThanOrEqual(0.9);
  });

  it("finds no ML skills in the front-end engineer's traps", () => {
    const matched = report("frontend-engineer")
      .skills.filter((skill) => skill.status === "matched")
      .map((skill) => skill.skillId);
    expect(matched.filter((id) => !["software-testing", "version-control", "code-review"].includes(id))).toEqual([]);
  });
});

describe("the same resume as PDF and as Markdown", () => {
  it.each(scenarios)("%s scores within 3 points", async (scenario) => {
    const doc = await extractDocument(`fixtures/resumes/${scenario}/resume.md`);
    const fromMarkdown = analyse(doc, posting, analyser, "test").scores.overall;
    expect(Math.abs(fromMarkdown - overall(scenario))).toBeLessThanOrEqual(3);
  });
});

describe("golden JSON", () => {
  it("matches test/golden/strong-phd-recsys.json (UPDATE_GOLDEN=1 rewrites it)", () => {
    const golden = "test/golden/strong-phd-recsys.json";
    const actual = formatJson(report("strong-phd-recsys"));
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(golden, actual);
    expect(actual).toBe(readFileSync(golden, "utf8"));
  });
});
