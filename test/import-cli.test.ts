import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkCliCase, runCli, type CliCase } from "./helpers/run-cli.js";

const scratch = mkdtempSync(path.join(tmpdir(), "ats-import-cli-"));
const file = (name: string, content: string) => {
  const target = path.join(scratch, name);
  writeFileSync(target, content);
  return target;
};

/** A fictional posting written for these tests. */
const postingText = file(
  "data-engineer.txt",
  [
    "Data Engineer",
    "",
    "Northwind Analytics is a consultancy that builds reporting for retailers.",
    "",
    "Requirements:",
    "- 3+ years of experience with Python and SQL",
    "- Experience with one of Airflow, Dagster or Prefect",
    "",
    "Nice to have:",
    "- Kafka",
  ].join("\n"),
);
const validSpec = file(
  "acme-ml.yaml",
  "id: acme-ml\ntitle: ML Engineer\ncompany: Acme\nskills:\n  - id: pytorch\n    name: PyTorch\nrequirements: []\n",
);
const invalidSpec = file(
  "broken.yaml",
  "id: broken\ntitle: Broken\ncompany: X\nskills:\n  - id: a\n    name: A\n    aliases: torch\nrequirements: []\n",
);
const unknownKb = file(
  "unknown-kb.yaml",
  "id: unknown-kb\ntitle: T\ncompany: X\nskills:\n  - id: a\n    name: A\n    kb: [no-such-entry]\nrequirements: []\n",
);
const resume = "fixtures/resumes/strong-phd-recsys/resume.md";

const cases: CliCase[] = [
  {
    name: "import prints commented YAML on stdout",
    args: ["posting", "import", postingText],
    exitCode: 0,
    stdout:
      /^# Imported by `ats-score posting import` from data-engineer\.txt[\s\S]*\nid: northwind-analytics-data-engineer\n[\s\S]*\n {2}- id: apache-kafka\n[\s\S]*importance: preferred/,
  },
  {
    name: "import takes the title and company from flags",
    args: [
      "posting",
      "import",
      postingText,
      "--title",
      "Analytics Engineer",
      "--company",
      "Contoso",
      "--id",
      "contoso-ae",
    ],
    exitCode: 0,
    stdout: /\nid: contoso-ae\n[\s\S]*\ntitle: Analytics Engineer\n[\s\S]*\ncompany: Contoso\n/,
  },
  {
    name: "import of a missing file",
    args: ["posting", "import", path.join(scratch, "nope.txt")],
    exitCode: 2,
    stderr: /^ats-score: .*nope\.txt: posting file not found\n$/,
    oneLineError: true,
  },
  {
    name: "import refuses a bad --id",
    args: ["posting", "import", postingText, "--id", "Not An Id"],
    exitCode: 2,
    stderr: /--id "Not An Id" is not an id/,
    oneLineError: true,
  },
  {
    name: "validate a good spec",
    args: ["posting", "validate", validSpec],
    exitCode: 0,
    stdout:
      /acme-ml\.yaml: OK · acme-ml · ML Engineer · Acme · 1 skills \(1 required, 0 preferred\), 0 soft skills, 0 requirements, 0 areas\n$/,
  },
  {
    name: "validate a broken spec points at file:line:col",
    args: ["posting", "validate", invalidSpec],
    exitCode: 2,
    stderr: /^ats-score: .*broken\.yaml:7:14: skills\[0\]\.aliases must be a list, not a string\n$/,
    oneLineError: true,
  },
  {
    name: "validate checks knowledge-base references",
    args: ["posting", "validate", unknownKb],
    exitCode: 2,
    stderr: /names the unknown knowledge-base entry "no-such-entry"/,
    oneLineError: true,
  },
  {
    name: "score against raw posting text, with a note in pretty mode",
    args: [resume, "--job-file", postingText],
    exitCode: 0,
    stdout: /^Data Engineer · Northwind Analytics\n[\s\S]*Overall/,
    stderr: /^note: .*data-engineer\.txt was imported on the fly; .*ats-score posting import .* --job posting\.yaml\n$/,
  },
  {
    name: "--job-file with --json prints only JSON",
    args: [resume, "--job-file", postingText, "--json"],
    exitCode: 0,
    stdout: /^\{\n {2}"schemaVersion": 1,[\s\S]*"id": "northwind-analytics-data-engineer"/,
  },
  {
    name: "--job and --job-file together",
    args: [resume, "--job", "netflix-ml-intern", "--job-file", postingText],
    exitCode: 2,
    stderr: /give --job or --job-file, not both/,
    oneLineError: true,
  },
];

describe("posting commands", () => {
  it.each(cases)("$name", checkCliCase);

  it("writes -o atomically, refuses to overwrite without --force, and keeps a .bak", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "ats-import-out-"));
    const output = path.join(folder, "posting.yaml");
    const first = await runCli(["posting", "import", postingText, "-o", output]);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toBe("");
    expect(first.stderr).toMatch(/^wrote .*posting\.yaml: Data Engineer · Northwind Analytics, \d+ skills/);
    const written = readFileSync(output, "utf8");

    writeFileSync(output, "# my reviewed edits\n");
    const refused = await runCli(["posting", "import", postingText, "-o", output]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/posting\.yaml: the file already exists; pass --force to replace it/);
    expect(readFileSync(output, "utf8")).toBe("# my reviewed edits\n");

    const forced = await runCli(["posting", "import", postingText, "-o", output, "--force"]);
    expect(forced.exitCode).toBe(0);
    expect(forced.stderr).toMatch(/the old file is .*posting\.yaml\.bak/);
    expect(readFileSync(output, "utf8")).toBe(written);
    expect(readFileSync(`${output}.bak`, "utf8")).toBe("# my reviewed edits\n");
    // No temporary file is left behind.
    expect(readdirSync(folder).sort()).toEqual(["posting.yaml", "posting.yaml.bak"]);

    const validated = await runCli(["posting", "validate", output]);
    expect(validated.exitCode).toBe(0);
  });

  it("reports an output folder that does not exist", async () => {
    const result = await runCli(["posting", "import", postingText, "-o", path.join(scratch, "missing", "x.yaml")]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/x\.yaml: cannot write there: the folder does not exist/);
    expect(existsSync(path.join(scratch, "missing"))).toBe(false);
  });
});

describe("the installed bin", () => {
  it("imports standard input with -", async () => {
    const output = await new Promise<string>((resolve, reject) => {
      const child = execFile(process.execPath, ["bin/ats-score.js", "posting", "import", "-"], (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      );
      child.stdin?.end(readFileSync(postingText));
    });
    expect(output).toMatch(/from stdin \(text, 10 lines\)[\s\S]*\nid: northwind-analytics-data-engineer\n/);
  });
});
