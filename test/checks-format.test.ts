import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checks, formatScore } from "../src/checks/index.js";
import { findingMessage } from "../src/format/messages.js";
import { extractDocument } from "../src/extract/index.js";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { loadPosting } from "../src/posting/load.js";
import { analyse } from "../src/score/index.js";
import type { Report } from "../src/types.js";

/** Checks about what the resume says rather than how the file carries it; the fixtures do not test them. */
const CONTENT_CHECKS = new Set([
  "missing-email",
  "missing-phone",
  "missing-address",
  "missing-sections",
  "length",
  "keyword-stuffing",
]);

const posting = loadPosting("netflix-ml-intern");
let analyser: Analyser;
const scratch = mkdtempSync(path.join(tmpdir(), "ats-format-"));

beforeAll(async () => {
  analyser = await loadAnalyser();
});

async function report(file: string, options?: Parameters<typeof extractDocument>[1]): Promise<Report> {
  return analyse(await extractDocument(file, options), posting, analyser, "test");
}

const formatFindings = (result: Report) =>
  [...new Set(result.findings.map((finding) => finding.checkId).filter((id) => !CONTENT_CHECKS.has(id)))].sort();

/** Each generated fixture (scripts/make-format-fixtures.mjs) and exactly the format checks it must trip. */
const FIXTURES: [string, string[]][] = [
  ["clean.pdf", []],
  ["two-columns.pdf", ["two-columns"]],
  ["sidebar.pdf", ["sidebar"]],
  ["skills-table.pdf", ["table-layout"]],
  ["header-contact.pdf", ["contact-in-header"]],
  ["icons.pdf", ["icons-for-contact"]],
  ["contact-in-image.pdf", ["contact-in-header"]],
  ["image-only.pdf", ["image-only", "no-text"]],
  ["white-text.pdf", ["hidden-text"]],
  ["invisible-text.pdf", ["hidden-text"]],
  ["tiny-text.pdf", ["hidden-text"]],
  ["ligatures.pdf", ["ligatures"]],
  ["garbled.pdf", ["missing-tounicode"]],
  ["letter-spaced.pdf", ["letter-spaced-headings"]],
  ["unusual-bullets.pdf", ["unusual-bullets"]],
  ["fonts-not-embedded.pdf", ["fonts-not-embedded"]],
  ["metadata.pdf", ["metadata"]],
  ["running-header.pdf", ["header-footer-text"]],
  ["long-page.pdf", ["page-size"]],
  ["encrypted.pdf", ["encrypted"]],
];

describe("format fixtures produce exactly their findings", () => {
  it.each(FIXTURES)("%s -> %j", async (name, expected) => {
    expect(formatFindings(await report(`fixtures/format/${name}`))).toEqual(expected);
  });

  it.each(["strong-phd-recsys", "synonym-phd", "ms-data-scientist", "keyword-stuffer", "frontend-engineer", "nurse"])(
    "the clean control %s has no format findings",
    async (scenario) => {
      expect(formatFindings(await report(`fixtures/resumes/${scenario}/resume.pdf`))).toEqual([]);
    },
  );
});

describe("what the findings say", () => {
  it("hidden text is reported with its reason and kept out of the words counted", async () => {
    const clean = await report("fixtures/format/clean.pdf");
    for (const [name, reason] of [
      ["white-text.pdf", "background-colour"],
      ["invisible-text.pdf", "invisible"],
      ["tiny-text.pdf", "tiny"],
    ]) {
      const result = await report(`fixtures/format/${name}`);
      const finding = result.findings.find((item) => item.checkId === "hidden-text")!;
      expect(finding.data).toMatchObject({ reason, lines: 1, sample: expect.stringContaining("Kubernetes") });
      expect(finding.severity).toBe("error");
      expect(result.resume.words).toBe(clean.resume.words);
    }
  });

  it("two columns are read column by column, and the finding shows what reading across would mix", async () => {
    const doc = await extractDocument("fixtures/format/two-columns.pdf");
    const texts = doc.lines.map((line) => line.text);
    // The whole left column (experience) comes before the right one (education).
    expect(texts.indexOf("Education")).toBeGreaterThan(texts.findIndex((text) => text.startsWith("• Wrote SQL")));
    expect(doc.lines.find((line) => line.text === "Education")?.column).toBe(2);
    const finding = (await report("fixtures/format/two-columns.pdf")).findings.find(
      (f) => f.checkId === "two-columns",
    )!;
    expect(finding.data.naive).toEqual([expect.stringMatching(/^Summary Education$/), expect.any(String)]);
  });

  it("a sidebar's contact details stay findable and come first", async () => {
    const doc = await extractDocument("fixtures/format/sidebar.pdf");
    expect(doc.pages[0].layout?.kind).toBe("sidebar");
    expect(doc.contact.email?.value).toBe("jordan.ellis@example.com");
    expect(doc.contact.phone?.value).toBe("+1 (408) 555-0142");
  });

  it("header-only contact is found, marked as header, and reported per field", async () => {
    const result = await report("fixtures/format/header-contact.pdf");
    expect(result.contact.email).toMatchObject({ value: "jordan.ellis@example.com", band: "header" });
    const fields = result.findings.filter((f) => f.checkId === "contact-in-header").map((f) => f.data.field);
    expect(fields).toEqual(expect.arrayContaining(["email", "phone", "address"]));
  });

  it("contact details that exist only as a banner picture are flagged as such", async () => {
    const result = await report("fixtures/format/contact-in-image.pdf");
    expect(result.findings.find((f) => f.checkId === "contact-in-header")?.data).toEqual({
      field: "email",
      band: "image",
      value: "",
    });
  });

  it("an image-only scan is unreadable: the report says so and scores 0", async () => {
    const result = await report("fixtures/format/image-only.pdf");
    expect(result.readable).toBe(false);
    expect(result.scores.overall).toBe(0);
    expect(result.findings.find((f) => f.checkId === "image-only")).toMatchObject({
      severity: "error",
      data: { page: 1, imageShare: 1 },
    });
  });

  it("ligatures and garbled fonts", async () => {
    const ligatures = (await report("fixtures/format/ligatures.pdf")).findings.find((f) => f.checkId === "ligatures")!;
    expect(ligatures.data.examples).toEqual(expect.arrayContaining(["Airﬂow,"]));
    // The text itself is decomposed, so the skill still matches.
    const doc = await extractDocument("fixtures/format/ligatures.pdf");
    expect(doc.lines.some((line) => line.text.includes("Airflow,"))).toBe(true);
    const garbled = (await report("fixtures/format/garbled.pdf")).findings.find(
      (f) => f.checkId === "missing-tounicode",
    )!;
    expect(garbled.data.fonts).toEqual(["Type3"]);
    expect(Number(garbled.data.unmappedShare)).toBeGreaterThan(0.5);
  });

  it("forbidding text extraction is an error", async () => {
    const finding = (await report("fixtures/format/encrypted.pdf")).findings.find((f) => f.checkId === "encrypted")!;
    expect(finding).toMatchObject({ severity: "error", data: { restrictions: expect.arrayContaining(["copy"]) } });
  });

  it("a file over 5 MB is over common ATS upload limits", async () => {
    const clean = readFileSync("fixtures/format/clean.pdf");
    // Padding after %%EOF keeps the PDF valid; the size is what counts.
    const file = path.join(scratch, "over-limit.pdf");
    writeFileSync(file, Buffer.concat([clean, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20), Buffer.from("\n%%EOF\n")]));
    const finding = (await report(file)).findings.find((f) => f.checkId === "file-size")!;
    expect(finding).toMatchObject({ severity: "error", data: { limit: 5 * 1024 * 1024 } });
  });

  it("a PDF missing only its end marker is read and reported as truncated", async () => {
    const clean = readFileSync("fixtures/format/clean.pdf");
    const file = path.join(scratch, "no-eof.pdf");
    writeFileSync(file, clean.subarray(0, clean.lastIndexOf("%%EOF")));
    expect(formatFindings(await report(file))).toEqual(["truncated"]);
  });

  it("pages beyond --max-pages are reported", async () => {
    const result = await report("fixtures/format/running-header.pdf", { maxFileBytes: 1e7, maxPages: 1 });
    expect(result.findings.find((f) => f.checkId === "page-count")?.data).toEqual({ pages: 2, read: 1 });
  });
});

describe("every check is documented", () => {
  const docs = readFileSync("docs/checks.md", "utf8");
  const readme = readFileSync("README.md", "utf8");
  it.each(checks.map((check) => check.id))("%s has a message, a docs/checks.md row and a README row", (id) => {
    expect(findingMessage({ checkId: id, severity: "info", data: {}, location: {} })).not.toMatch(
      new RegExp(`^${id}: `),
    );
    expect(docs).toContain(`\`${id}\``);
    expect(readme).toContain(`| \`${id}\``);
  });
});

describe("format score", () => {
  it("charges each check once, by its worst finding", () => {
    const finding = (checkId: string, severity: "error" | "warning" | "info") => ({
      checkId,
      severity,
      data: {},
      location: {},
    });
    expect(formatScore([])).toBe(100);
    expect(formatScore([finding("contact-in-header", "warning"), finding("contact-in-header", "warning")])).toBe(90);
    expect(formatScore([finding("table-layout", "info"), finding("table-layout", "warning")])).toBe(90);
    expect(formatScore([finding("hidden-text", "error"), finding("sidebar", "warning")])).toBe(60);
    expect(formatScore([finding("keyword-stuffing", "warning")])).toBe(100);
    expect(formatScore([finding("metadata", "info")])).toBe(100);
  });
});
