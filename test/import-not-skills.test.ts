import { describe, expect, it } from "vitest";
import { importPosting } from "../src/posting/import/index.js";
import { parsePosting } from "../src/posting/load.js";
import type { Posting } from "../src/types.js";

/** A careers page with the given minimum qualifications, imported and loaded as `--job` would. */
function imported(qualifications: string[]): Posting {
  const text = ["Financial Analyst", "", "Minimum qualifications:", ...qualifications.map((line) => `- ${line}`)];
  const fileName = "analyst.txt";
  return parsePosting(importPosting(text.join("\n"), { fileName, company: "Acme" }).yaml, fileName);
}
const skillNames = (qualifications: string[]) => imported(qualifications).skills.map((skill) => skill.name);

describe("phrases that name no skill are not kept as skills", () => {
  it.each([
    ["work authorisation", "Authorization to work in the United States.", "United States"],
    ["travel", "Ability to travel to Canada up to 30% of the time.", "Canada"],
    ["programme dates", "Be able to complete an 11-week program beginning in May or June 2018.", "June 2018"],
    ["praise left from a list", "Excellent, interpersonal, partner/channel pipeline development skills.", "Excellent"],
    ["praise before a skill", "Proven, demonstrable skills in network design.", "Proven"],
  ])("%s: %s", (_, line, notSkill) => {
    expect(skillNames([line])).not.toContain(notSkill);
  });

  it("still reads the skills of an ordinary qualification next to them", () => {
    const names = skillNames(["Authorization to work in the United States.", "Experience with SQL and Tableau."]);
    expect(names).toEqual(expect.arrayContaining(["SQL", "Tableau"]));
    expect(names).not.toContain("United States");
  });
});

describe("a degree that equivalent experience can replace", () => {
  const educationWeight = (line: string) =>
    imported([line, "Experience with SQL."]).requirements.find((requirement) => requirement.kind === "education")
      ?.weight;

  it("weighs as one checklist item, a required degree as two", () => {
    expect(educationWeight("BA/BS degree or equivalent practical experience.")).toBe(1);
    expect(educationWeight("Bachelor's degree in Finance, or equivalent work experience.")).toBe(1);
    expect(educationWeight("Bachelor's degree in Finance or Accounting.")).toBe(2);
    // "Equivalent" alone is about the degree, not a way around it.
    expect(educationWeight("Bachelor's degree in Finance or an equivalent degree.")).toBe(2);
  });
});

describe("a product's plain-word alias links to the product only with its context", () => {
  const kbOf = (qualifications: string[], name: string) =>
    imported(qualifications).skills.find((skill) => skill.name === name)?.kb;

  it("reads Project as Microsoft Project only where the posting names Microsoft tools", () => {
    expect(kbOf(["Experience with Project, Visio and Excel."], "Project")).toEqual(["microsoft-project"]);
    expect(kbOf(["Experience with Project and Jira."], "Project") ?? []).not.toContain("microsoft-project");
  });

  it("does not read Designer as Oracle Designer in a design posting", () => {
    const skills = imported(["Portfolio as a Designer of mobile apps, using Figma."]).skills;
    expect(skills.flatMap((skill) => skill.kb ?? [])).not.toContain("oracle-designer");
    expect(kbOf(["Oracle Designer and PL/SQL development."], "Oracle Designer")).toEqual(["oracle-designer"]);
  });
});
