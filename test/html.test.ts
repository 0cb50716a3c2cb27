import { describe, expect, it } from "vitest";
import { textToDocument } from "../src/extract/text.js";
import { formatHtml } from "../src/format/html/index.js";
import { loadAnalyser } from "../src/nlp/analyser.js";
import { loadPosting } from "../src/posting/load.js";
import { analyse } from "../src/score/index.js";
import { htmlReportFor } from "./helpers/html-report.js";

describe("HTML report", () => {
  it("is one self-contained file: no external scripts, styles, images or fonts", async () => {
    const { html } = await htmlReportFor("fixtures/resumes/synonym-phd/resume.pdf");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<link\b|<script[^>]+src=|<img\b|@import|url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/(?:src|href)=["']https?:/i);
  });

  it("draws every page and every extracted line at its position, with reading order", async () => {
    const { html, doc } = await htmlReportFor("fixtures/resumes/synonym-phd/resume.pdf");
    expect(html.match(/<figure class="page"/g)).toHaveLength(doc.pages.length);
    for (const line of doc.lines) expect(html).toContain(`id="line-${line.index}"`);
    const first = doc.lines[0];
    expect(html).toMatch(new RegExp(`<text class="text[^"]*" x="${Math.round(first.x * 100) / 100}"`));
  });

  it("highlights each matched skill's evidence by strength, and links checklist items to their lines", async () => {
    const { html, report } = await htmlReportFor("fixtures/resumes/synonym-phd/resume.pdf");
    const pytorch = report.skills.find((skill) => skill.skillId === "pytorch")!;
    expect(html).toMatch(/<rect class="match strong"[^>]*data-skill="PyTorch"/);
    expect(html).toContain(`<a href="#line-${pytorch.evidence[0].line}">PyTorch</a>`);
    const gpu = report.requirements.find((item) => item.id === "gpu-training")!;
    expect(html).toContain(`<a href="#line-${gpu.evidence[0].line}">line ${gpu.evidence[0].line + 1}</a>`);
    expect(html).toMatch(/<h2 id="plan">Tailoring plan<\/h2>/);
    expect(html).toMatch(
      /type="checkbox"[^>]*> <label[^>]*><span class="gain">\+\d+<\/span> Use the posting&#39;s words/,
    );
  });

  it("escapes resume text and shows hidden text and markers in the ATS pane", async () => {
    const markdown = "# Ada <script>alert(1)</script> Park\nada@example.com\n## Skills\n- PyTorch & TensorFlow\n";
    const doc = textToDocument(markdown, { path: "x.md", format: "md", bytes: markdown.length });
    doc.lines[3] = { ...doc.lines[3], hidden: true, hiddenReason: "background-colour" };
    doc.lines[1] = { ...doc.lines[1], band: "header" };
    const report = analyse(doc, loadPosting("netflix-ml-intern"), await loadAnalyser(), "test");
    const html = formatHtml({ report, doc });
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toMatch(/<rect class="hidden-box"[^>]*><title>hidden text \(background-colour\)/);
    expect(html).toMatch(/<span class="marker">\[hidden\]<\/span> • PyTorch &#38; TensorFlow/);
    expect(html).toMatch(/<span class="marker">\[header\]<\/span> ada@example.com/);
    expect(html).toMatch(/<rect class="band"/);
    expect(html).not.toMatch(/<h2 id="plan">/);
  });

  it("is accessible: language, landmarks, labelled gauges, skip link", async () => {
    const { html } = await htmlReportFor("fixtures/resumes/strong-phd-recsys/resume.pdf");
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<main>[\s\S]*<aside>/);
    expect(html).toMatch(/<a class="skip" href="#summary">/);
    expect(
      html.match(/role="img" aria-label="(Overall|Keywords|Skills|Requirements|Format): \d+ out of 100"/g),
    ).toHaveLength(5);
    expect(html).toMatch(/@media print/);
  });
});

describe("ats-score --format html -o", () => {
  it("writes the report with the tailoring plan to a file, atomically, keeping a .bak of an old one", async () => {
    const { mkdtempSync, readFileSync, existsSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { runCli } = await import("./helpers/run-cli.js");
    const dir = mkdtempSync(path.join(tmpdir(), "ats-html-cli-"));
    const output = path.join(dir, "report.html");
    writeFileSync(output, "old");
    const args = ["fixtures/format/two-columns.pdf", "--job", "netflix-ml-intern", "--format", "html", "-o", output];
    const result = await runCli(args);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`wrote ${output} (previous file kept as ${output}.bak)\n`);
    expect(readFileSync(`${output}.bak`, "utf8")).toBe("old");
    const html = readFileSync(output, "utf8");
    expect(html).toMatch(/<line class="gutter"/);
    expect(html).toMatch(/<h2 id="plan">Tailoring plan<\/h2>/);
    expect(html).toMatch(/<span class="marker">\[column 2\]<\/span>/);
    expect(existsSync(path.join(dir, ".report.html.tmp"))).toBe(false);
    const overInput = await runCli([
      "fixtures/format/two-columns.pdf",
      "--job",
      "netflix-ml-intern",
      "--format",
      "html",
      "-o",
      "fixtures/format/two-columns.pdf",
    ]);
    expect(overInput.exitCode).toBe(2);
    expect(overInput.stderr).toMatch(/that is an input file/);
  });
});

describe("ats-score batch --format html -o <folder>", () => {
  it("writes a sortable ranking index linking to one report per resume, and refuses a non-empty folder", async () => {
    const { mkdtempSync, readFileSync, existsSync, copyFileSync, mkdirSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { runCli } = await import("./helpers/run-cli.js");
    const inputs = mkdtempSync(path.join(tmpdir(), "ats-batch-html-in-"));
    for (const scenario of ["strong-phd-recsys", "nurse"]) {
      mkdirSync(path.join(inputs, scenario));
      copyFileSync(`fixtures/resumes/${scenario}/resume.pdf`, path.join(inputs, scenario, "resume.pdf"));
    }
    copyFileSync("fixtures/bad/encrypted.pdf", path.join(inputs, "locked.pdf"));
    const output = path.join(mkdtempSync(path.join(tmpdir(), "ats-batch-html-out-")), "site");
    const result = await runCli([
      "batch",
      inputs,
      "--job",
      "netflix-ml-intern",
      "--format",
      "html",
      "-o",
      output,
      "--workers",
      "1",
    ]);
    expect(result.exitCode, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/wrote .*index\.html and 2 reports/);
    const index = readFileSync(path.join(output, "index.html"), "utf8");
    const links = [...index.matchAll(/<a href="(reports\/[^"]+)">/g)].map((match) => match[1]);
    expect(links).toHaveLength(2);
    for (const link of links) expect(readFileSync(path.join(output, link), "utf8")).toMatch(/^<!doctype html>/);
    expect(index.indexOf("strong-phd-recsys")).toBeLessThan(index.indexOf("nurse"));
    expect(index).toMatch(/<td class="error" data-value="pdf-encrypted">[^<]*password-protected/);
    expect(index).toMatch(/<th scope="col" aria-sort="ascending"><button type="button" data-column="0"/);
    expect(existsSync(path.join(output, "reports"))).toBe(true);

    const again = await runCli(["batch", inputs, "--job", "netflix-ml-intern", "--format", "html", "-o", output]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/the folder is not empty; pass --force/);
    const noFolder = await runCli(["batch", inputs, "--job", "netflix-ml-intern", "--format", "html"]);
    expect(noFolder.stderr).toMatch(/--format html writes a folder: add -o <folder>/);
  });
});
