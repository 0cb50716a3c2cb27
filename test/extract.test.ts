import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { decodeText, extractDocument, sniffFormat } from "../src/extract/index.js";

const scratch = mkdtempSync(path.join(tmpdir(), "ats-extract-"));

/** Writes a one-page PDF whose text runs are drawn exactly where given. */
async function pdfWithRuns(
  name: string,
  runs: { text: string; x: number; y: number; size?: number; bold?: boolean }[],
) {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([612, 792]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const run of runs)
    page.drawText(run.text, { x: run.x, y: run.y, size: run.size ?? 10, font: run.bold ? bold : regular });
  const file = path.join(scratch, name);
  writeFileSync(file, await pdf.save());
  return { file };
}

describe("PDF extraction", () => {
  // pdfjs's legacy build swaps in core-js versions (JSON.stringify ~9x slower); a library caller's thread
  // must get the natives back. Checked in a fresh process: this one may have loaded pdfjs already.
  it("leaves Array.prototype.push, JSON.parse and JSON.stringify as they were", () => {
    const script = `
      const natives = [Array.prototype.push, JSON.parse, JSON.stringify];
      const { extractDocument } = await import(${JSON.stringify(pathToFileURL(path.resolve("dist/index.js")).href)});
      await extractDocument("fixtures/resumes/strong-phd-recsys/resume.pdf");
      const now = [Array.prototype.push, JSON.parse, JSON.stringify];
      console.log(JSON.stringify(now.map((fn, index) => fn === natives[index])));`;
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(JSON.parse(output)).toEqual([true, true, true]);
  });

  it("reads lines in order with positions, fonts and sections", async () => {
    const doc = await extractDocument("fixtures/resumes/strong-phd-recsys/resume.pdf");
    expect(doc.facts.pageCount).toBe(2);
    expect(doc.source.format).toBe("pdf");
    const heading = doc.lines.find(
      (line) => line.text === "RESEARCH EXPERIENCE" || line.text === "Research Experience",
    )!;
    expect(heading).toMatchObject({ heading: true, section: "research", bold: true, page: 1 });
    expect(heading.fontName).toMatch(/Helvetica-Bold/);
    const pageOne = doc.lines.filter((line) => line.page === 1);
    for (let i = 1; i < pageOne.length; i++) expect(pageOne[i].y).toBeGreaterThan(pageOne[i - 1].y);
    expect(doc.contact.email?.value).toMatch(/@example\.edu$/);
    expect(doc.sections.map((section) => section.id)).toEqual(
      expect.arrayContaining([
        "education",
        "research",
        "experience",
        "publications",
        "projects",
        "skills",
        "coursework",
      ]),
    );
  });

  it("joins runs by position: split ligature runs make one word, real gaps make spaces", async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const width = (text: string) => font.widthOfTextAtSize(text, 10);
    const x = 72;
    const { file: ligatures } = await pdfWithRuns("runs.pdf", [
      { text: "Built", x, y: 700 },
      { text: "e", x: x + width("Built "), y: 700 },
      { text: "ffi", x: x + width("Built e"), y: 700 },
      { text: "cient", x: x + width("Built effi"), y: 700 },
      { text: "pipelines", x: x + width("Built efficient "), y: 700 },
    ]);
    const doc = await extractDocument(ligatures);
    expect(doc.lines.map((line) => line.text)).toEqual(["Built efficient pipelines"]);
  });

  it("groups runs on one baseline into one line, right-aligned dates included", async () => {
    const { file } = await pdfWithRuns("dates.pdf", [
      { text: "Research Intern, Acme Labs", x: 72, y: 700, bold: true },
      { text: "Jun 2024 – Aug 2024", x: 450, y: 700 },
      { text: "Trained models", x: 72, y: 686 },
    ]);
    const doc = await extractDocument(file);
    expect(doc.lines.map((line) => line.text)).toEqual([
      "Research Intern, Acme Labs Jun 2024 – Aug 2024",
      "Trained models",
    ]);
    expect(doc.lines[0].bold).toBe(true);
  });
});

describe("text input", () => {
  it("decodes UTF-8, UTF-16 with BOM and Windows-1252", () => {
    expect(decodeText("a.txt", new TextEncoder().encode("Zoë Müller"))).toBe("Zoë Müller");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zoë", "utf16le")]);
    expect(decodeText("a.txt", utf16)).toBe("Zoë");
    expect(decodeText("a.txt", Uint8Array.from([0x5a, 0x6f, 0xeb]))).toBe("Zoë");
    expect(() => decodeText("a.txt", Uint8Array.from([1, 0, 2, 0]))).toThrowError(/a\.txt: this is a binary file/);
  });

  it("sniffs content, not the file name", () => {
    expect(sniffFormat(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
    expect(sniffFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBe("zip");
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image");
    expect(sniffFormat(new TextEncoder().encode("Jane Doe\n"))).toBe("unknown");
  });

  it("strips Markdown syntax from .md resumes", async () => {
    const file = path.join(scratch, "r.md");
    writeFileSync(
      file,
      "# Jane Doe\n[jane@example.com](mailto:jane@example.com) | [site](https://jane.dev)\n## Skills\n- **Languages:** Python, `C++`\n",
    );
    const doc = await extractDocument(file);
    expect(doc.lines.map((line) => line.text)).toEqual([
      "Jane Doe",
      "jane@example.com | site (https://jane.dev)",
      "Skills",
      "• Languages: Python, C++",
    ]);
  });
});

describe("limits", () => {
  it("refuses a PDF page with more drawing operations than the limit", async () => {
    await expect(extractDocument("fixtures/resumes/nurse/resume.pdf", { maxPageOperations: 10 })).rejects.toThrowError(
      /resume\.pdf: page 1 has \d+ drawing operations, more than a resume needs \(limit 10; raise it with --max-page-operations\)/,
    );
  });

  it("reads only the first --max-pages pages", async () => {
    const doc = await extractDocument("fixtures/resumes/strong-phd-recsys/resume.pdf", { maxPages: 1 });
    expect(doc.facts.pageCount).toBe(2);
    expect(new Set(doc.lines.map((line) => line.page))).toEqual(new Set([1]));
  });
});
