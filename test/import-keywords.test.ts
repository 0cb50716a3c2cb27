import { describe, expect, it } from "vitest";
import { importPosting } from "../src/posting/import/index.js";
import { MAX_KEYWORDS } from "../src/posting/import/keywords.js";
import { parsePosting } from "../src/posting/load.js";

const accountant = [
  "Staff Accountant",
  "",
  "Acme Foods is a grocery distributor with stores across Ohio.",
  "",
  "Location: Columbus, OH",
  "",
  "Responsibilities",
  "- Prepare monthly journal entries and account reconciliations",
  "- Support the annual audit and quarterly audit requests from June to December",
  "- Maintain the general ledger and fixed asset schedules",
  "",
  "Requirements",
  "- Bachelor's degree in Accounting or Finance",
  "- 3+ years of experience with general ledger accounting and reconciliations",
  "- Working knowledge of GAAP",
  "- Experience with Excel; CPA preferred",
  "",
  "Benefits",
  "- Generous paid leave and a pension plan",
].join("\n");

const keywordsOf = (text: string, options: { title?: string } = {}) =>
  importPosting(text, { fileName: "job.txt", ...options }).draft.keywords;
const weights = (text: string) => Object.fromEntries(keywordsOf(text).map((keyword) => [keyword.term, keyword.weight]));

describe("other keywords of an imported posting", () => {
  const found = weights(accountant);

  it("weighs each word by how often the posting says it, the title three times", () => {
    expect(found).toMatchObject({
      staff: 3,
      accountant: 3,
      "staff accountant": 3,
      audit: 2,
      reconciliations: 2,
      "general ledger": 2,
      accounting: 2,
      journal: 1,
    });
    const order = keywordsOf(accountant).map((keyword) => keyword.weight);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it("keeps a word pair only when the posting repeats it", () => {
    expect(found["general ledger"]).toBe(2);
    expect(found["journal entries"]).toBeUndefined();
    expect(found["fixed asset"]).toBeUndefined();
  });

  it("drops stop words, the wording of every job ad, common verbs, months, the employer and the places", () => {
    for (const word of ["experience", "years", "degree", "bachelor", "working", "knowledge", "prepare", "support"])
      expect(found, word).not.toHaveProperty(word);
    for (const word of ["june", "december", "acme", "foods", "columbus"]) expect(found, word).not.toHaveProperty(word);
  });

  it("leaves skills to the skills list and ignores the benefits", () => {
    for (const word of ["excel", "Excel", "GAAP", "CPA", "pension", "leave"])
      expect(found, word).not.toHaveProperty(word);
  });

  it("keeps acronyms as written, other words in lower case", () => {
    const text =
      "Marketing Manager\n\nResponsibilities\n- Run CRM campaigns in AdWords\n- Grow CRM adoption with campaigns";
    expect(weights(text)).toMatchObject({ CRM: 2, campaigns: 2, marketing: 3, manager: 3 });
  });

  it("keeps nouns that look like a common verb's -ing form", () => {
    const text =
      "Office Coordinator\n\nResponsibilities\n- Speed up budget decision making\n- Record decision making in the wiki";
    expect(weights(text)).toMatchObject({ making: 2, "decision making": 2 });
    expect(weights("Analyst\n\nResponsibilities\n- Developing and managing reports")).not.toHaveProperty("developing");
  });

  it("counts a title given on the command line like a title found in the text", () => {
    expect(weights(accountant.replace("Staff Accountant", "Our new role"))).not.toHaveProperty("accountant");
    const given = Object.fromEntries(
      keywordsOf(accountant.replace("Staff Accountant", "Our new role"), { title: "Staff Accountant" }).map(
        (keyword) => [keyword.term, keyword.weight],
      ),
    );
    expect(given).toMatchObject({ staff: 3, accountant: 3, "staff accountant": 3 });
  });

  it(`keeps at most ${MAX_KEYWORDS}, the first said first among equals`, () => {
    const items = Array.from({ length: 40 }, (_, index) => `- topic${"x".repeat(index)}`);
    const found = keywordsOf(`Analyst\n\nResponsibilities\n${items.join("\n")}`);
    expect(found).toHaveLength(MAX_KEYWORDS);
    expect(found[0]).toMatchObject({ term: "analyst", weight: 3 });
    expect(found.slice(1, 3).map((keyword) => keyword.term)).toEqual(["topic", "topicx"]);
  });

  it("writes them to the YAML with their weights and first lines, and the spec validates", () => {
    const { yaml } = importPosting(accountant, { fileName: "job.txt" });
    expect(yaml).toContain("  - { term: audit, weight: 2 } # first on line 9");
    const posting = parsePosting(yaml, "job.yaml");
    expect(posting.keywords?.find((keyword) => keyword.term === "general ledger")).toEqual({
      term: "general ledger",
      weight: 2,
    });
  });

  it("writes no keywords block when nothing qualifies", () => {
    const { yaml, draft } = importPosting("Requirements\n- Experience with Python", { fileName: "job.txt" });
    expect(draft.keywords).toEqual([]);
    expect(yaml).not.toMatch(/^keywords:/m);
  });
});
