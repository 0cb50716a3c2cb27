import { beforeAll, describe, expect, it } from "vitest";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { parsePosting } from "../src/posting/load.js";
import { coreUnits } from "../src/score/formula.js";
import { analyse } from "../src/score/index.js";
import type { MatchKind, Posting } from "../src/types.js";
import { markdownDocument } from "./helpers/documents.js";

let analyser: Analyser;
beforeAll(async () => {
  analyser = await loadAnalyser();
});

/** A posting whose skills are free phrases (no knowledge-base entry), as the importer keeps them from prose. */
const posting: Posting = parsePosting(
  [
    "id: data-engineer",
    "title: Data Engineer",
    "company: Acme",
    "skills:",
    "  - { id: data-modeling, name: data modeling, kb: [] }",
    "  - { id: protocol-troubleshooting, name: network protocols troubleshooting, kb: [] }",
    "  - { id: financial-forecasting, name: financial modeling and forecasting, kb: [] }",
    "  - { id: llms, name: large language models, kb: [] }",
    "  - { id: vision-language, name: large vision language models, kb: [] }",
    "requirements: []",
  ].join("\n"),
  "data-engineer.yaml",
);

/** The best evidence kind and the credit of each skill for a resume of one section. */
function found(line: string, section = "Experience"): Map<string, { kind: MatchKind; credit: number }> {
  const report = analyse(markdownDocument(`# Test Person\n## ${section}\n${line}\n`), posting, analyser, "test");
  return new Map(
    report.skills
      .filter((skill) => skill.credit > 0)
      .map((skill) => [skill.skillId, { kind: skill.evidence[0].kind, credit: skill.credit }]),
  );
}

describe("a free phrase found as its words in one clause earns partial credit", () => {
  const cases: { text: string; section?: string; related?: string[]; absent?: string[] }[] = [
    { text: "- Modeled customer data for the billing warehouse", related: ["data-modeling"] },
    { text: "- Led troubleshooting of network protocols for 40 branch offices", related: ["protocol-troubleshooting"] },
    // Two of three content words, in any order: "forecasting ... financial" without "modeling".
    { text: "- Built the quarterly forecasting process for financial planning", related: ["financial-forecasting"] },
    // Traps: words in different clauses, in different list items, or only one word of the phrase.
    { text: "- Data entry for the front desk; modeling agency bookings", absent: ["data-modeling"] },
    { text: "Data entry, 3D modeling, Excel", section: "Skills", absent: ["data-modeling"] },
    { text: "Data Structures, Statistical Modeling", section: "Relevant Coursework", absent: ["data-modeling"] },
    { text: "- Troubleshot printers and answered phones", absent: ["protocol-troubleshooting"] },
    // Words that already name another skill describe nothing else.
    { text: "- Fine-tuned large language models on 8 GPUs", absent: ["vision-language"] },
  ];
  it.each(cases)("$text", ({ text, section, related = [], absent = [] }) => {
    const matches = found(text, section);
    for (const id of related) {
      expect(matches.get(id)?.kind, `${id} in ${[...matches.keys()].join(", ")}`).toBe("related");
      // Partial only: never as much as naming the skill.
      expect(matches.get(id)!.credit).toBeLessThan(0.5);
    }
    for (const id of absent) expect(matches.has(id), `${id} should not match`).toBe(false);
  });

  it("does not replace the phrase itself: a named skill keeps its full credit", () => {
    const matches = found("- Owned data modeling for the billing warehouse and cut query time by 40%");
    expect(matches.get("data-modeling")).toEqual({ kind: "exact", credit: 1 });
  });
});

describe("credit units follow the posting's logic", () => {
  const withRequirements = (min: number) =>
    parsePosting(
      [
        "id: analyst",
        "title: Analyst",
        "company: Acme",
        "skills:",
        "  - { id: sql, name: SQL }",
        "  - { id: tableau, name: Tableau }",
        "  - { id: excel, name: Excel }",
        "requirements:",
        `  - { id: tools, label: tools, kind: any-skill, skills: [sql, tableau, excel], min: ${min}, weight: 1 }`,
      ].join("\n"),
      "analyst.yaml",
    );
  const skillsScore = (min: number) =>
    analyse(
      markdownDocument("# T\n## Experience\n- Wrote SQL reports for the finance team every week\n"),
      withRequirements(min),
      analyser,
      "test",
    ).scores.skills;

  it('counts "one of" by its best member, "two of" by the mean of the best two, "all of" skill by skill', () => {
    expect(coreUnits(withRequirements(1)).map((unit) => unit.skills)).toEqual([["sql", "tableau", "excel"]]);
    expect(coreUnits(withRequirements(3)).map((unit) => unit.skills)).toEqual([["sql"], ["tableau"], ["excel"]]);
    // SQL shown in a work bullet (credit 0.9), Tableau and Excel missing.
    expect(skillsScore(1)).toBe(90);
    expect(skillsScore(2)).toBe(45);
    expect(skillsScore(3)).toBe(30);
  });
});
