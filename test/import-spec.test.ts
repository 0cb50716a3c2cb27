import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importPostingFile } from "../src/posting/import/file.js";
import { importPosting } from "../src/posting/import/index.js";
import { listedSkillRecall } from "../src/posting/import/recall.js";
import { loadAnalyser } from "../src/nlp/analyser.js";
import { parsePosting } from "../src/posting/load.js";

const shared = path.resolve(process.cwd(), "../shared");
const seedFile = path.join(shared, "seeds/netflix-ml-intern-posting.txt");
const resumeMatcherDir = path.join(shared, "data/postings/resume-matcher");

/** A fictional posting written for this test, in the shape job boards use. */
const FICTIONAL_POSTING = `# Senior Data Scientist, Growth

Lumen Freight is a logistics company that moves parcels for small shops across Europe.

## What you'll do
- Build churn and demand forecasting models with **PyTorch** and [XGBoost](https://example.org).
- Run experiments with the product team.

## Minimum qualifications
- MS or PhD in Statistics, Computer Science or a related quantitative field.
- 4+ years of experience with Python and SQL.
- Experience with at least one cloud platform (AWS, GCP, or Azure).
- Strong communication skills.

## Preferred qualifications
- Experience with causal inference methods such as difference-in-differences or synthetic control.
- Familiarity with dbt and Airflow.
- Spanish is a plus.

## Location
Location: Lisbon, Portugal

Pay: €60,000 - €80,000 per year.

## How to apply
Send a resume with your email and phone number, plus a link to your portfolio.
`;

describe("importing a whole posting", () => {
  const result = importPosting(FICTIONAL_POSTING, { fileName: "growth.md" });
  const posting = parsePosting(result.yaml, "growth.yaml");
  const skill = (name: string) => posting.skills.find((item) => item.name === name);
  const requirementWith = (id: string) => posting.requirements.find((item) => item.skills.includes(id));

  it("writes YAML that parses and validates, the same bytes every time", () => {
    expect(importPosting(FICTIONAL_POSTING, { fileName: "growth.md" }).yaml).toBe(result.yaml);
    expect(result.yaml).toMatch(/^# Imported by `ats-score posting import` from growth\.md \(markdown, 27 lines\)/);
  });

  it("reads the facts around the skills", () => {
    expect(posting).toMatchObject({
      id: "lumen-freight-senior-data-scientist-growth",
      title: "Senior Data Scientist, Growth",
      company: "Lumen Freight",
      locations: ["Lisbon, Portugal"],
      pay: { min: 60000, max: 80000, currency: "EUR", per: "year" },
      education: { level: "masters", enrolled: false, fields: ["Statistics", "Computer Science"] },
      application: { contact: ["email", "phone"], sections: ["projects"] },
    });
  });

  it("marks skills required or preferred from the headings and inline cues", () => {
    expect(skill("Python")?.importance).toBe("required");
    expect(skill("SQL")?.importance).toBe("required");
    expect(skill("dbt")?.importance).toBe("preferred");
    expect(skill("Airflow")?.importance).toBe("preferred");
    expect(skill("Spanish")?.importance).toBe("preferred");
    // Named only in the duties: kept as a preferred keyword, not a requirement.
    expect(skill("XGBoost")?.importance).toBe("preferred");
    expect(requirementWith(skill("XGBoost")!.id)).toBeUndefined();
  });

  it("keeps the posting's group logic", () => {
    const cloud = requirementWith(skill("AWS")!.id);
    expect(cloud).toMatchObject({ kind: "any-skill", min: 1, importance: "required" });
    expect(cloud?.skills).toHaveLength(3);
    expect(requirementWith(skill("Python")!.id)).toMatchObject({ min: 2 });
    const causal = requirementWith(skill("difference-in-differences")!.id);
    expect(causal).toMatchObject({ importance: "preferred", min: 1 });
    expect(causal?.skills.map((id) => posting.skills.find((item) => item.id === id)?.name)).toEqual([
      "causal inference methods",
      "difference-in-differences",
      "synthetic control",
    ]);
  });

  it("links skills to the knowledge base so their aliases come for free", () => {
    expect(skill("PyTorch")?.kb).toEqual(["pytorch"]);
    expect(posting.softSkills.map((item) => item.id)).toContain("communication");
  });

  it("comments every skill and requirement with the line it came from", () => {
    expect(result.yaml).toMatch(
      /# line 17, preferred, under "Preferred qualifications": "Familiarity with dbt and Airflow\."\n {2}- id: dbt/,
    );
    expect(result.yaml).toMatch(/# line 18, preferred, "is a plus": "Spanish is a plus\."/);
    expect(result.draft.trace.map((line) => [line.line, line.importance])).toEqual([
      [10, "required"],
      [11, "required"],
      [12, "required"],
      [13, "required"],
      [16, "preferred"],
      [17, "preferred"],
      [18, "preferred"],
    ]);
  });

  it.each([
    ["an empty heading skeleton", "## Requirements\n\n## Benefits\n"],
    ["one enormous line", `${"Python, ".repeat(4000)}SQL`],
    ["markup soup", "<div><<li>>></li><h2>Requirements<ul><li>Go &amp;&amp; Rust</ul>"],
    ["prose with no skills", "We are a friendly team. Come and say hello."],
    ["names that YAML would read as numbers", "Requirements:\n- 2026\n- 3.5\n- true"],
  ])("still writes a valid spec for %s", (_, text) => {
    const { yaml } = importPosting(text, { fileName: "odd.txt" });
    expect(() => parsePosting(yaml, "odd.yaml")).not.toThrow();
  });
});

/** The seed page's "Skills Required" entries, with the level the board glues to each removed. */
function listedSkills(page: string): { entries: number; distinct: string[] } {
  const lines = page.split("\n");
  const block = lines.slice(lines.indexOf("Skills Required") + 1, lines.indexOf("Required Qualifications"));
  return { entries: block.length, distinct: [...new Set(block.map((line) => line.replace(/intermediate$/, "")))] };
}

describe.skipIf(!existsSync(seedFile))("the Netflix seed page (../shared/seeds)", () => {
  const page = existsSync(seedFile) ? readFileSync(seedFile, "utf8") : "";
  const posting = parsePosting(importPosting(page, { fileName: "netflix.txt" }).yaml, "netflix.yaml");

  it("recovers at least 90% of the 55 distinct listed skills as concepts", async () => {
    const { entries, distinct } = listedSkills(page);
    expect([entries, distinct.length]).toEqual([56, 55]);
    const { recall, missed } = listedSkillRecall(posting, distinct, await loadAnalyser());
    expect(recall, `missed: ${missed.join(" | ")}`).toBeGreaterThanOrEqual(0.9);
  });

  it("recovers them from the description alone, without the listed block", async () => {
    const lines = page.split("\n");
    const withoutList = [
      ...lines.slice(0, lines.indexOf("Skills Required")),
      ...lines.slice(lines.indexOf("Required Qualifications")),
    ].join("\n");
    const fromProse = parsePosting(importPosting(withoutList, { fileName: "prose.txt" }).yaml, "prose.yaml");
    const { recall } = listedSkillRecall(fromProse, listedSkills(page).distinct, await loadAnalyser());
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("marks both preferred qualifications, and only those, as preferred", () => {
    const preferred = posting.requirements.filter((requirement) => requirement.importance === "preferred");
    expect(preferred.map((requirement) => requirement.skills)).toEqual([
      ["distributed-computing", "spark", "presto"],
      ["software-engineering", "version-control", "testing", "code-review"],
    ]);
    for (const id of preferred.flatMap((requirement) => requirement.skills)) {
      expect(posting.skills.find((skill) => skill.id === id)?.importance, id).toBe("preferred");
    }
    expect(posting.requirements.filter((requirement) => requirement.importance === "required").length).toBeGreaterThan(
      8,
    );
  });

  it("reads the page's facts and domain areas", () => {
    expect(posting).toMatchObject({
      title: "Machine Learning/AI Scientist Intern (PhD), 2026",
      company: "Netflix",
      locations: ["Los Gatos, CA", "New York, NY", "Los Angeles, CA"],
      pay: { min: 40, max: 85, currency: "USD", per: "hour" },
      education: { level: "phd", enrolled: true },
      application: { contact: ["email", "phone", "address"], sections: ["coursework", "publications"] },
    });
    expect(posting.areas).toHaveLength(12);
    expect(posting.requirements.find((requirement) => requirement.kind === "any-area")).toMatchObject({ min: 1 });
    expect(posting.requirements.find((requirement) => requirement.skills.includes("python"))).toMatchObject({
      skills: ["python", "java", "scala", "cpp"],
      min: 1,
    });
  });
});

describe.skipIf(!existsSync(resumeMatcherDir))("Resume-Matcher postings (../shared, Apache-2.0)", () => {
  const files = existsSync(resumeMatcherDir) ? readdirSync(resumeMatcherDir).sort() : [];

  it.each(files)("%s imports to a valid spec with skills", async (name) => {
    const { posting } = await importPostingFile(path.join(resumeMatcherDir, name));
    expect(posting.skills.length).toBeGreaterThan(3);
    expect(posting.requirements.length).toBeGreaterThan(0);
  });

  it("reads a Spanish PDF posting: title, employer, enrolment and its tools", async () => {
    const { posting } = await importPostingFile(path.join(resumeMatcherDir, "job_desc_full_stack_engineer.es.pdf"));
    expect(posting).toMatchObject({
      title: "Desarrollador Full Stack",
      education: { level: "bachelors", enrolled: true },
    });
    expect(posting.company).toMatch(/BBVA/);
    expect(posting.skills.map((skill) => skill.name)).toEqual(
      expect.arrayContaining(["Java", "SQL", "Angular", "React"]),
    );
  });
});
