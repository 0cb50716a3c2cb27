import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/extract/index.js";
import { runCli } from "./helpers/run-cli.js";

describe("ats-score view", () => {
  it("prints the text in reading order with section labels and column markers", async () => {
    const result = await runCli(["view", "fixtures/format/two-columns.pdf"]);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 2)).toEqual([
      "fixtures/format/two-columns.pdf",
      "PDF, 1 page, 36 lines; page 1: two columns",
    ]);
    expect(lines).toContain("§ experience");
    expect(lines).toContain("[column 1] Experience");
    expect(lines.indexOf("[column 2] Education")).toBeGreaterThan(
      lines.indexOf("[column 1] and trained analysts to use them."),
    );
  });

  it("marks header text, hidden text, tables, text boxes and pictures", async () => {
    const cases: [string, string][] = [
      ["fixtures/format/header-contact.pdf", "[header] jordan.ellis@example.com | +1 (408) 555-0142"],
      ["fixtures/format/white-text.pdf", "[hidden: background-colour] Kubernetes TensorFlow"],
      ["fixtures/format/invisible-text.pdf", "[hidden: invisible] Kubernetes"],
      ["fixtures/format/skills-table.pdf", "[table] Python PyTorch SQL"],
      ["fixtures/format/text-box.docx", "[text box] Python, PyTorch, SQL"],
      ["fixtures/format/table.docx", "[table] Python | PyTorch | SQL"],
      ["fixtures/format/icons.pdf", "[image 10×10 pt, <1% of the page]"],
      ["fixtures/format/image-only.pdf", "[image 612×792 pt, 100% of the page]"],
      ["fixtures/format/running-header.pdf", "[footer] Page 2 of 2"],
    ];
    for (const [file, expected] of cases) {
      const result = await runCli(["view", file]);
      expect(result.stdout, file).toContain(expected);
    }
  });

  it("--json prints the Document, the same as the library returns", async () => {
    const result = await runCli(["view", "fixtures/format/sidebar.pdf", "--json"]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(JSON.stringify(await extractDocument("fixtures/format/sidebar.pdf"))),
    );
  });

  it("fails with one line and exit 2 on a missing or broken file", async () => {
    const missing = await runCli(["view", "no-such-resume.pdf"]);
    expect(missing).toMatchObject({ exitCode: 2, stdout: "" });
    expect(missing.stderr).toBe("ats-score: no-such-resume.pdf: file not found\n");
    const truncated = await runCli(["view", "fixtures/format/truncated.pdf"]);
    expect(truncated.exitCode).toBe(2);
    expect(truncated.stderr).toMatch(/^ats-score: fixtures\/format\/truncated\.pdf: not a valid PDF .*truncated.*\n$/);
  });
});
