import { beforeAll, describe, expect, it } from "vitest";
import { PostingError } from "../src/errors.js";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { parsePosting } from "../src/posting/load.js";
import { analyse } from "../src/score/index.js";
import type { Posting, Report } from "../src/types.js";
import { markdownDocument } from "./helpers/documents.js";

let analyser: Analyser;
beforeAll(async () => {
  analyser = await loadAnalyser();
});

/** An accountant's posting: one skill, and the other words an ATS search for it would type. */
const accountant = (keywords: string) =>
  parsePosting(
    `id: staff-accountant\ntitle: Staff Accountant\ncompany: Acme\n` +
      `skills:\n  - { id: sql, name: SQL, keywords: [SQL], kb: [] }\nrequirements: []\n${keywords}`,
    "staff-accountant.yaml",
  );
const withKeywords = () =>
  accountant(
    "keywords:\n  - { term: audit, weight: 3 }\n  - { term: reconciliation, weight: 2 }\n" +
      "  - { term: general ledger, weight: 1 }\n  - { term: payroll }\n",
  );

const score = (markdown: string, posting: Posting): Report =>
  analyse(markdownDocument(markdown), posting, analyser, "test");

const accountantResume =
  "# Dana Reyes\n## Experience\n- Led quarterly audits of vendor invoices and monthly bank reconciliations in SQL\n" +
  "- Kept the General Ledger for three entities\n";

describe("other keywords in the keyword score", () => {
  it("finds them by lemma and reports each one", () => {
    const report = score(accountantResume, withKeywords());
    expect(report.otherKeywords).toEqual([
      { keyword: "audit", weight: 3, found: true, count: 1 },
      { keyword: "reconciliation", weight: 2, found: true, count: 1 },
      { keyword: "general ledger", weight: 1, found: true, count: 1 },
      { keyword: "payroll", weight: 1, found: false, count: 0 },
    ]);
    // SQL found (1) and 6 of the 7 keyword weights: 0.5 × 1 + 0.5 × 6/7.
    expect(report.scores.keywords).toBe(Math.round(100 * (0.5 + 0.5 * (6 / 7))));
  });

  it("weighs the posting's skills and its other keywords half and half", () => {
    const noSkill = score(accountantResume.replace(" in SQL", ""), withKeywords());
    expect(noSkill.scores.keywords).toBe(Math.round(100 * 0.5 * (6 / 7)));
    const onlySkill = score("# Dana Reyes\n## Experience\n- Wrote SQL reports for the sales team\n", withKeywords());
    expect(onlySkill.scores.keywords).toBe(50);
  });

  it("leaves the score and the report as they were for a posting without keywords", () => {
    const report = score(accountantResume, accountant(""));
    expect(report.otherKeywords).toBeUndefined();
    expect(report.scores.keywords).toBe(100);
  });

  it("scores a posting without skills on its other keywords alone", () => {
    const posting = parsePosting(
      "id: clerk\ntitle: Clerk\ncompany: Acme\nskills: []\nrequirements: []\n" +
        "keywords:\n  - { term: audit, weight: 1 }\n  - { term: payroll, weight: 3 }\n",
      "clerk.yaml",
    );
    expect(score(accountantResume, posting).scores.keywords).toBe(25);
  });

  it("counts a keyword only inside a keyword-stuffing block a quarter", () => {
    const tools = ["Python", "Tableau", "Excel", "Power BI", "SAS", "SPSS", "Looker", "Alteryx", "Snowflake", "dbt"];
    const posting = parsePosting(
      `id: analyst\ntitle: Analyst\ncompany: Acme\nskills:\n` +
        tools.map((tool, index) => `  - { id: tool-${index}, name: "${tool}" }\n`).join("") +
        "requirements: []\nkeywords:\n  - { term: forecasting }\n",
      "analyst.yaml",
    );
    const stuffed = score(`# Sam Lee\n## Skills\n${tools.join(", ")}, forecasting\n`, posting);
    expect(stuffed.findings.map((finding) => finding.checkId)).toContain("keyword-stuffing");
    expect(stuffed.otherKeywords).toEqual([{ keyword: "forecasting", weight: 1, found: true, count: 1 }]);
    // Each listed tool and the keyword count 0.25 in the stuffed block: 0.5 × 0.25 + 0.5 × 0.25.
    expect(stuffed.scores.keywords).toBe(25);
  });
});

describe("the keywords field of a posting", () => {
  it("defaults a keyword's weight to 1", () => {
    expect(withKeywords().keywords?.[3]).toEqual({ term: "payroll", weight: 1 });
  });

  it.each([
    ["keywords:\n  - { term: audit, weight: heavy }\n", /:\d+:\d+: keywords\[0\]\.weight must be a number/],
    ["keywords:\n  - { weight: 2 }\n", /:\d+:\d+: keywords\[0\] is missing the required key "term"/],
    ["keywords:\n  - audit\n", /:\d+:\d+: keywords\[0\] must be a mapping, not a string/],
  ])("rejects %j at file:line:col", (yaml, message) => {
    expect(() => accountant(yaml)).toThrow(PostingError);
    expect(() => accountant(yaml)).toThrow(message);
  });
});
