import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PostingError } from "../src/errors.js";
import { expandPosting, knowledgeBaseHash } from "../src/kb/index.js";
import { loadPosting, parsePosting } from "../src/posting/load.js";

const bundledText = readFileSync("postings/netflix-ml-intern.yaml", "utf8");

describe("bundled netflix-ml-intern posting", () => {
  const posting = loadPosting("netflix-ml-intern");

  it("covers every entry of the page's Skills Required list", () => {
    // The page lists 56 lines: 54 distinct entries, explainability and end-to-end pipelines twice.
    const listed = bundledText.match(/^ {2}# listed: .+$/gm) ?? [];
    expect(listed).toHaveLength(55);
    expect(listed.filter((line) => /explainability \(listed twice/.test(line))).toHaveLength(1);
    expect(listed.filter((line) => /end-to-end (ML|machine learning) pipelines/.test(line))).toHaveLength(2);
    expect(new Set(posting.skills.map((skill) => skill.id)).size).toBe(posting.skills.length);
  });

  it("has the twelve domain areas and every area has skills", () => {
    expect(posting.areas).toHaveLength(12);
    for (const area of posting.areas) expect(posting.skills.some((skill) => skill.area === area.id)).toBe(true);
  });

  it("marks Spark/Presto and engineering practices preferred, the rest required", () => {
    const preferred = posting.skills.filter((skill) => skill.importance === "preferred").map((skill) => skill.id);
    expect(preferred.sort()).toEqual(["code-review", "presto", "software-testing", "spark", "version-control"]);
  });

  it("states the posting's group semantics as requirements", () => {
    const byId = new Map(posting.requirements.map((requirement) => [requirement.id, requirement]));
    expect(byId.get("domain-expertise")).toMatchObject({ kind: "any-area", min: 1 });
    expect(byId.get("programming-language")).toMatchObject({
      kind: "any-skill",
      skills: ["python", "java", "scala", "c-cpp"],
    });
    expect(byId.get("ml-framework")?.skills).toEqual(["pytorch", "tensorflow", "keras"]);
    expect(byId.get("distributed-training")?.skills).toEqual(
      expect.arrayContaining(["ddp", "fsdp", "hsdp", "deepspeed"]),
    );
    expect(posting.application).toEqual({
      contact: ["email", "phone", "address"],
      sections: ["coursework", "publications"],
    });
    expect(posting.education).toMatchObject({ level: "phd", enrolled: true });
  });

  it("keeps soft skills apart", () => {
    expect(posting.softSkills.map((skill) => skill.id).sort()).toEqual(["communication", "curiosity"]);
  });
});

describe("posting validation errors point at file:line:col", () => {
  const base = `id: demo\ntitle: Demo\ncompany: Acme\nskills:\n  - id: python\n    name: Python\nrequirements:\n  - id: lang\n    label: A language\n    kind: any-skill\n    skills: [python]\n`;
  const cases: { name: string; yaml: string; message: RegExp }[] = [
    { name: "YAML syntax", yaml: "id: demo\ntitle: [unclosed\n", message: /^bad\.yaml:\d+:\d+: invalid YAML/ },
    {
      name: "missing key",
      yaml: base.replace("title: Demo\n", ""),
      message: /^bad\.yaml:1:1: the posting is missing the required key "title"/,
    },
    {
      name: "wrong type",
      yaml: base.replace("name: Python", "name: [Python]"),
      message: /^bad\.yaml:6:11: skills\[0\]\.name must be a string, not a list/,
    },
    {
      name: "unknown key",
      yaml: base.replace("    name: Python\n", "    name: Python\n    alias: [py]\n"),
      message: /^bad\.yaml:7:5: skills\[0\]\.alias is not a known key/,
    },
    {
      name: "bad enum",
      yaml: base.replace("kind: any-skill", "kind: some-skill"),
      message: /^bad\.yaml:10:11: requirements\[0\]\.kind must be one of/,
    },
    {
      name: "bad id",
      yaml: base.replace("id: python", "id: Python!"),
      message: /^bad\.yaml:5:9: skills\[0\]\.id must match/,
    },
    {
      name: "unknown skill reference",
      yaml: base.replace("skills: [python]", "skills: [pyhton]"),
      message: /^bad\.yaml:11:14: requirements\[0\]\.skills\[0\] names the unknown skill "pyhton"/,
    },
    {
      name: "unknown knowledge-base entry",
      yaml: base.replace("    name: Python\n", "    name: Python\n    kb: [pyhton-lang]\n"),
      message: /^bad\.yaml:7:10: skills\[0\]\.kb\[0\] names the unknown knowledge-base entry "pyhton-lang"/,
    },
    {
      name: "duplicate key",
      yaml: base.replace("company: Acme\n", "company: Acme\ncompany: Beta\n"),
      message: /^bad\.yaml:4:1: invalid YAML: Map keys must be unique/,
    },
    {
      name: "alias bomb",
      yaml: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n${base}`,
      message: /invalid YAML/,
    },
  ];
  it.each(cases)("$name", ({ yaml, message }) => {
    expect(() => parsePosting(yaml, "bad.yaml")).toThrowError(message);
  });

  it("fills defaults for omitted lists", () => {
    const posting = parsePosting(base, "ok.yaml");
    expect(posting.skills[0]).toMatchObject({
      aliases: [],
      acronyms: [],
      related: [],
      context: [],
      keywords: [],
      importance: "required",
    });
    expect(posting.requirements[0]).toMatchObject({ min: 1, weight: 1, importance: "required" });
  });
});

describe("resolving --job", () => {
  it("suggests the closest id for a typo and lists the known ones", () => {
    expect(() => loadPosting("netflx-ml-intern")).toThrowError(
      /unknown job "netflx-ml-intern"; did you mean "netflix-ml-intern"\? known jobs: .*netflix-ml-intern/,
    );
  });
  it("refuses ids that are not slugs, such as path traversal", () => {
    expect(() => loadPosting("..%2fetc")).toThrowError(PostingError);
    expect(() => loadPosting("Netflix ML")).toThrowError(/is not a job id/);
  });
  it("loads a YAML path and user folders", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ats-postings-"));
    const file = path.join(dir, "acme-data.yaml");
    writeFileSync(file, `id: acme-data\ntitle: Data Scientist\ncompany: Acme\nskills: []\nrequirements: []\n`);
    expect(loadPosting(file).title).toBe("Data Scientist");
    expect(loadPosting("acme-data", { dirs: [dir] }).company).toBe("Acme");
  });
  it("reports a missing posting file", () => {
    expect(() => loadPosting("./nope/missing.yaml")).toThrowError(/missing\.yaml: posting file not found/);
  });
});

describe("bundled postings compiled at build time", () => {
  it("are the Posting the YAML parses to, expanded from the knowledge base, keyed by both hashes", async () => {
    // The built module: npm test builds before vitest (a variable keeps tsc from resolving dist/).
    const builtModule = "../dist/posting/load.js";
    const built = await import(builtModule);
    const { readdirSync } = await import("node:fs");
    const compiled = readdirSync("dist/postings").filter((name) => name.endsWith(".json"));
    expect(compiled.length).toBeGreaterThan(0);
    for (const name of compiled) {
      const id = name.replace(/\.json$/, "");
      const text = readFileSync(`postings/${id}.yaml`, "utf8");
      const { hash, kbHash } = JSON.parse(readFileSync(`dist/postings/${name}`, "utf8"));
      expect(hash, id).toBe(built.postingHash(text));
      expect(kbHash, id).toBe(knowledgeBaseHash());
      expect(built.loadPosting(id), id).toEqual(expandPosting(parsePosting(text, `postings/${id}.yaml`)));
    }
  });
});
