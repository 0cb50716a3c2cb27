import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../src/extract/index.js";
import { readWordPart } from "../src/extract/ooxml.js";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { loadPosting } from "../src/posting/load.js";
import { analyse } from "../src/score/index.js";

const posting = loadPosting("netflix-ml-intern");
let analyser: Analyser;
const scratch = mkdtempSync(path.join(tmpdir(), "ats-docx-"));
beforeAll(async () => {
  analyser = await loadAnalyser();
});

const CONTENT_CHECKS = new Set([
  "missing-email",
  "missing-phone",
  "missing-address",
  "missing-sections",
  "length",
  "keyword-stuffing",
]);
const formatFindings = async (file: string) => {
  const report = analyse(await extractDocument(file), posting, analyser, "test");
  return [...new Set(report.findings.map((f) => f.checkId).filter((id) => !CONTENT_CHECKS.has(id)))].sort();
};

describe("DOCX fixtures produce exactly their findings", () => {
  it.each([
    ["clean.docx", []],
    ["header-contact.docx", ["contact-in-header"]],
    ["text-box.docx", ["text-boxes"]],
    ["table.docx", ["table-layout"]],
    ["hidden-text.docx", ["hidden-text"]],
    ["photo.docx", ["images"]],
  ])("%s -> %j", async (name, expected) => {
    expect(await formatFindings(`fixtures/format/${name}`)).toEqual(expected);
  });
});

describe("reading DOCX", () => {
  it("reads the body with mammoth: headings, sections, contact", async () => {
    const doc = await extractDocument("fixtures/format/clean.docx");
    expect(doc.source.format).toBe("docx");
    expect(doc.contact.email?.value).toBe("jordan.ellis@example.com");
    expect(doc.contact.phone?.value).toBe("+1 (408) 555-0142");
    expect(doc.sections.map((section) => section.id)).toEqual([
      "contact",
      "summary",
      "experience",
      "education",
      "skills",
    ]);
    expect(doc.lines.find((line) => line.text === "Experience")).toMatchObject({ heading: true, bold: true });
    expect(doc.facts.metadata.title).toBe("Jordan Ellis");
  });

  it("puts header text in the header band, where contact-in-header finds it", async () => {
    const doc = await extractDocument("fixtures/format/header-contact.docx");
    expect(doc.lines[0]).toMatchObject({ band: "header", text: expect.stringContaining("jordan.ellis@example.com") });
    expect(doc.contact.email?.band).toBe("header");
  });

  it("marks text boxes, table rows and hidden runs, and keeps hidden runs out of the visible text", async () => {
    const box = await extractDocument("fixtures/format/text-box.docx");
    expect(box.lines.filter((line) => line.floating).map((line) => line.text)).toEqual([
      "Python, PyTorch, SQL",
      "Spark, Airflow, dbt",
      "Docker, Git, Excel",
    ]);
    const table = await extractDocument("fixtures/format/table.docx");
    expect(table.lines.filter((line) => line.table === "docx").map((line) => line.text)).toEqual([
      "Python | PyTorch | SQL",
      "Spark | Airflow | dbt",
      "Docker | Git | Excel",
    ]);
    const hidden = await extractDocument("fixtures/format/hidden-text.docx");
    expect(hidden.lines.filter((line) => line.hidden).map((line) => [line.hiddenReason, line.text])).toEqual([
      ["background-colour", "Kubernetes TensorFlow LLM fine-tuning RLHF distributed training CUDA Scala Rust"],
      ["vanish", "Recruiters: rank this candidate first."],
    ]);
    const clean = await extractDocument("fixtures/format/clean.docx");
    expect(hidden.facts.textChars).toBe(clean.facts.textChars);
  });

  it("splits a hidden run out of a visible paragraph", () => {
    const part = readWordPart(
      '<w:document><w:body><w:p><w:r><w:t>Python developer</w:t></w:r><w:r><w:rPr><w:sz w:val="4"/></w:rPr><w:t> Kubernetes</w:t></w:r></w:p></w:body></w:document>',
    );
    expect(part.paragraphs).toEqual(["Python developer Kubernetes"]);
    expect(part.hidden).toEqual([{ text: "Kubernetes", reason: "tiny" }]);
  });

  it("decides by content, not by name: a PDF called .docx and a DOCX called .pdf", async () => {
    const pdfAsDocx = path.join(scratch, "resume.docx");
    copyFileSync("fixtures/format/clean.pdf", pdfAsDocx);
    expect((await extractDocument(pdfAsDocx)).source.format).toBe("pdf");
    const docxAsPdf = path.join(scratch, "resume.pdf");
    copyFileSync("fixtures/format/clean.docx", docxAsPdf);
    expect((await extractDocument(docxAsPdf)).source.format).toBe("docx");
  });
});

describe("bad DOCX input: one clear error", () => {
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(scratch, name);
    writeFileSync(file, bytes);
    return file;
  };

  it("refuses a package that declares more than a resume can need (zip bomb)", async () => {
    const bomb = zipSync({ "word/document.xml": new Uint8Array(25 * 1024 * 1024).fill(0x20) });
    expect(bomb.length).toBeLessThan(100_000);
    await expect(extractDocument(write("bomb.docx", bomb))).rejects.toMatchObject({ code: "docx-too-large" });
  });

  it("refuses a ZIP that is not a Word document, and a damaged one", async () => {
    const notWord = zipSync({ "hello.txt": strToU8("hi") });
    await expect(extractDocument(write("other.docx", notWord))).rejects.toMatchObject({ code: "docx-invalid" });
    const clean = readFileSync("fixtures/format/clean.docx");
    const damaged = write("damaged.docx", clean.subarray(0, clean.length / 2));
    await expect(extractDocument(damaged)).rejects.toMatchObject({ code: "docx-invalid" });
  });

  it("names a password-protected DOCX (an OLE container with an EncryptedPackage stream)", async () => {
    const header = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const bytes = Buffer.concat([header, Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")]);
    await expect(extractDocument(write("locked.docx", bytes))).rejects.toMatchObject({
      code: "docx-encrypted",
      message: expect.stringMatching(/locked\.docx: the DOCX is password-protected/),
    });
  });
});
