import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, makeFolder } from "./helpers/batch-folder.js";
import { runCli } from "./helpers/run-cli.js";

const resumeMd = fixture("strong-phd-recsys/resume.md");
const job = ["--job", "netflix-ml-intern"];

/** A folder with a resume `a.md` and whatever links the case adds. */
function workspace() {
  const root = makeFolder("ats-write-", { "a.md": resumeMd });
  return { root, at: (name: string) => path.join(root, name) };
}

describe("writes never land on an input or through a link", () => {
  it("refuses -o onto the resume reached through a symbolic link or a hard link", async () => {
    const { at } = workspace();
    symlinkSync(at("a.md"), at("link.md"));
    linkSync(at("a.md"), at("hard.md"));
    for (const [resume, output] of [
      [at("link.md"), at("a.md")],
      [at("a.md"), at("link.md")],
      [at("hard.md"), at("a.md")],
    ]) {
      const result = await runCli([resume, ...job, "-o", output]);
      expect(result.exitCode, `${resume} -o ${output}`).toBe(2);
      expect(result.stderr).toMatch(/input file|symbolic link/);
    }
    expect(readFileSync(at("a.md"))).toEqual(resumeMd);
    expect(lstatSync(at("link.md")).isSymbolicLink()).toBe(true);
  });

  it("refuses -o onto the posting file it reads", async () => {
    const { at } = workspace();
    const posting = "id: p\ntitle: T\ncompany: C\nskills:\n  - { id: python, name: Python }\nrequirements: []\n";
    writeFileSync(at("p.yaml"), posting);
    const result = await runCli([at("a.md"), "--job", at("p.yaml"), "--json", "-o", at("p.yaml")]);
    expect(result.exitCode).toBe(2);
    expect(readFileSync(at("p.yaml"), "utf8")).toBe(posting);
  });

  it("tailor --write --force never writes over its own input through a link", async () => {
    const { at } = workspace();
    symlinkSync(at("a.md"), at("link.md"));
    const result = await runCli(["tailor", at("link.md"), ...job, "--write", at("a.md"), "--force"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/that is an input file/);
    expect(readFileSync(at("a.md"))).toEqual(resumeMd);
  });

  it("never follows a link for the backup, and never backs up onto an input", async () => {
    const { at } = workspace();
    writeFileSync(at("out.md"), "old report\n");
    writeFileSync(at("elsewhere.txt"), "unrelated\n");
    symlinkSync(at("elsewhere.txt"), at("out.md.bak"));
    const linked = await runCli([at("a.md"), ...job, "-o", at("out.md")]);
    expect(linked.exitCode).toBe(2);
    expect(linked.stderr).toMatch(/out\.md\.bak is a symbolic link/);
    expect(readFileSync(at("elsewhere.txt"), "utf8")).toBe("unrelated\n");
    expect(readFileSync(at("out.md"), "utf8")).toBe("old report\n");

    const second = workspace();
    writeFileSync(second.at("b.md"), "old\n");
    writeFileSync(second.at("b.md.bak"), resumeMd);
    const overInput = await runCli(["tailor", second.at("b.md.bak"), ...job, "--write", second.at("b.md"), "--force"]);
    expect(overInput.exitCode).toBe(2);
    expect(readFileSync(second.at("b.md.bak"))).toEqual(resumeMd);
  });

  it("replaces a plain existing report atomically, keeping the old one as .bak", async () => {
    const { at, root } = workspace();
    writeFileSync(at("out.json"), "old\n");
    const result = await runCli([at("a.md"), ...job, "--json", "-o", at("out.json")]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(at("out.json"), "utf8")).schemaVersion).toBe(1);
    expect(readFileSync(at("out.json.bak"), "utf8")).toBe("old\n");
    expect(readdirSync(root).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("gives each resume of an HTML batch its own report, even when names differ only in punctuation", async () => {
    const names = ["a b.md", "a-b.md", "a_b.md", "a.b.md", "A-B.md"];
    const inputs = makeFolder(
      "ats-write-batch-",
      Object.fromEntries(names.map((name) => [name, `${resumeMd.toString("utf8")}\nMarker: ${name}\n`])),
    );
    const output = path.join(makeFolder("ats-write-out-", {}), "site");
    const result = await runCli(["batch", inputs, ...job, "--format", "html", "-o", output, "--workers", "1"]);
    expect(result.exitCode, result.stderr).toBe(0);
    const reports = readdirSync(path.join(output, "reports"));
    expect(reports).toHaveLength(names.length);
    const lowerCase = new Set(reports.map((name) => name.toLowerCase()));
    expect(lowerCase.size).toBe(names.length);
    const markers = reports.map(
      (name) => readFileSync(path.join(output, "reports", name), "utf8").match(/Marker: ([^<\n]+)/)?.[1],
    );
    expect(new Set(markers).size).toBe(names.length);
  });

  it("refuses an HTML batch whose reports folder is a link", async () => {
    const inputs = makeFolder("ats-write-batch-", { "a.md": resumeMd });
    const output = makeFolder("ats-write-out-", {});
    const elsewhere = makeFolder("ats-write-elsewhere-", {});
    mkdirSync(path.join(output, "unused"));
    symlinkSync(elsewhere, path.join(output, "reports"));
    const result = await runCli(["batch", inputs, ...job, "--format", "html", "-o", output, "--force"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/reports is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
