import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expandConcept } from "../src/kb/index.js";
import { listPostingFiles, loadPostingFile } from "../src/posting/load.js";
import { runCli } from "./helpers/run-cli.js";

const userDir = mkdtempSync(path.join(tmpdir(), "ats-user-postings-"));
writeFileSync(
  path.join(userDir, "acme-ml.yaml"),
  [
    "id: acme-ml",
    "title: ML Engineer",
    "company: Acme",
    "skills:",
    "  - { id: pytorch, name: PyTorch }",
    "  - { id: spark, name: Spark, importance: preferred }",
    "softSkills:",
    "  - { id: communication, name: communication }",
    "requirements:",
    "  - { id: framework, label: Uses PyTorch, kind: any-skill, skills: [pytorch] }",
    "",
  ].join("\n"),
);
const brokenDir = mkdtempSync(path.join(tmpdir(), "ats-broken-postings-"));
writeFileSync(
  path.join(brokenDir, "broken.yaml"),
  "id: broken\ntitle: [x]\ncompany: X\nskills: []\nrequirements: []\n",
);

const bundled = readdirSync("postings").filter((name) => name.endsWith(".yaml"));

describe("ats-score postings", () => {
  it("lists every bundled posting with its counts", async () => {
    const result = await runCli(["postings", "--json"]);
    expect(result.exitCode).toBe(0);
    const rows = JSON.parse(result.stdout);
    expect(rows.map((row: { id: string }) => `${row.id}.yaml`)).toEqual(bundled.sort());
    for (const row of rows) {
      const posting = loadPostingFile(path.join("postings", `${row.id}.yaml`));
      expect(row).toMatchObject({
        title: posting.title,
        company: posting.company,
        skills: posting.skills.length,
        required: posting.skills.filter((skill) => skill.importance === "required").length,
        preferred: posting.skills.filter((skill) => skill.importance === "preferred").length,
        requirements: posting.requirements.length,
        source: "bundled",
      });
    }
  });

  it("adds a user folder from --postings-dir, naming the folder", async () => {
    const result = await runCli(["postings", "--postings-dir", userDir]);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID +SKILLS +TITLE · COMPANY +REQUIRED +PREFERRED +FROM$/);
    expect(lines).toHaveLength(bundled.length + 2);
    expect(lines[lines.length - 1]).toMatch(new RegExp(`^acme-ml +2 +ML Engineer · Acme +1 +1 +${userDir}$`));
    // Columns line up: every row's SKILLS value ends where the heading does.
    const skillsEnd = lines[0].indexOf("SKILLS") + "SKILLS".length;
    for (const line of lines.slice(1)) expect(line.slice(0, skillsEnd)).toMatch(/\d$/);
  });

  it("reads ATS_SCORE_POSTINGS too, and reports the soft-skill and requirement counts in JSON", async () => {
    const result = await runCli(["postings", "--json"], { env: { ATS_SCORE_POSTINGS: userDir } });
    const row = JSON.parse(result.stdout).find((item: { id: string }) => item.id === "acme-ml");
    expect(row).toEqual({
      id: "acme-ml",
      title: "ML Engineer",
      company: "Acme",
      skills: 2,
      required: 1,
      preferred: 1,
      softSkills: 1,
      requirements: 1,
      areas: 0,
      source: userDir,
      file: path.join(userDir, "acme-ml.yaml"),
    });
  });

  it("lists the good postings and reports a broken user file on stderr with exit 2", async () => {
    const result = await runCli(["postings", "--postings-dir", brokenDir, "--postings-dir", userDir]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(/\nacme-ml /);
    expect(result.stderr).toBe(
      `ats-score: ${path.join(brokenDir, "broken.yaml")}:2:8: title must be a string, not a list\n`,
    );
  });

  it("never lets a user file shadow a bundled id", () => {
    const shadowDir = mkdtempSync(path.join(tmpdir(), "ats-shadow-"));
    writeFileSync(path.join(shadowDir, "netflix-ml-intern.yaml"), "id: netflix-ml-intern\n");
    const entry = listPostingFiles({ dirs: [shadowDir] }).find((item) => item.id === "netflix-ml-intern");
    expect(entry?.bundled).toBe(true);
  });
});

describe("bundled postings", () => {
  it.each(bundled)("%s validates, with every knowledge-base reference known, and names its source", (name) => {
    const posting = loadPostingFile(path.join("postings", name));
    expect(posting.id).toBe(name.replace(/\.yaml$/, ""));
    for (const skill of [...posting.skills, ...posting.softSkills]) expect(() => expandConcept(skill)).not.toThrow();
    expect(posting.skills.length).toBeGreaterThan(4);
    expect(posting.source).not.toBe("");
  });

  it.each(bundled.filter((name) => name !== "netflix-ml-intern.yaml"))(
    "%s carries its licence and commit in an attribution comment",
    (name) => {
      const text = readFileSync(path.join("postings", name), "utf8");
      expect(text).toMatch(/^# Source: srbhr\/Resume-Matcher, commit [0-9a-f]{40},\n# \S+ \(Apache License 2\.0,/m);
    },
  );

  it("ranks the example resumes by the job they fit", async () => {
    const overall = async (resume: string, job: string) => {
      const result = await runCli([`fixtures/resumes/${resume}/resume.md`, "--job", job, "--json"]);
      return JSON.parse(result.stdout).scores.overall as number;
    };
    const frontend = await overall("frontend-engineer", "senior-frontend-engineer-react");
    expect(frontend).toBeGreaterThan(await overall("frontend-engineer", "ml-engineer-ai-platform"));
    expect(frontend).toBeGreaterThan(await overall("frontend-engineer", "senior-backend-engineer-python"));
    const mlEngineer = await overall("strong-phd-recsys", "ml-engineer-ai-platform");
    expect(mlEngineer).toBeGreaterThan(await overall("strong-phd-recsys", "senior-frontend-engineer-react"));
    expect(mlEngineer).toBeGreaterThan(await overall("nurse", "ml-engineer-ai-platform"));
  });
});
