/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// page.evaluate callbacks run in the browser, so this file needs the DOM types.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlReportFor } from "./helpers/html-report.js";

/** Debian's chromium; .ci/run installs it when missing. Elsewhere set CHROMIUM_PATH. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(chromiumPath);
if (!haveChromium) console.warn(`skipping browser tests: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);

type Browser = Awaited<ReturnType<(typeof import("playwright-core"))["chromium"]["launch"]>>;

describe.skipIf(!haveChromium)("HTML report in a real browser (headless Chromium)", () => {
  let browser: Browser;
  let url: string;
  let lines: number;
  const dir = mkdtempSync(path.join(tmpdir(), "ats-html-"));

  beforeAll(async () => {
    const { html, doc } = await htmlReportFor("fixtures/resumes/synonym-phd/resume.pdf");
    const file = path.join(dir, "report.html");
    writeFileSync(file, html);
    url = pathToFileURL(file).href;
    lines = doc.lines.length;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("puts every highlight over the glyphs of the word it names", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGRectElement>("rect.match")].map((rect) => {
        const text = rect.closest("g.line")!.querySelector<SVGTextContentElement>("text.text")!;
        const from = Number(rect.dataset.from);
        const to = Number(rect.dataset.to);
        const first = text.getExtentOfChar(from);
        const last = text.getExtentOfChar(to - 1);
        const box = rect.getBBox();
        return {
          word: (text.textContent ?? "").slice(from, to),
          wordLeft: first.x,
          wordRight: last.x + last.width,
          wordTop: first.y,
          wordBottom: first.y + first.height,
          left: box.x,
          right: box.x + box.width,
          top: box.y,
          bottom: box.y + box.height,
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(40);
    for (const box of boxes) {
      expect(box.word.trim().length, JSON.stringify(box)).toBeGreaterThan(0);
      expect(Math.abs(box.left - box.wordLeft), box.word).toBeLessThan(0.5);
      expect(Math.abs(box.right - box.wordRight), box.word).toBeLessThan(0.5);
      // The highlight and the glyphs share most of their height.
      const overlap = Math.min(box.bottom, box.wordBottom) - Math.max(box.top, box.wordTop);
      expect(overlap / (box.wordBottom - box.wordTop), box.word).toBeGreaterThan(0.6);
    }
  });

  it("sorts the batch ranking table by a clicked column", async () => {
    const { formatBatchHtml } = await import("../src/format/html/batch.js");
    const row = (file: string, overall: number, skills: number) => ({
      file,
      results: [
        {
          job: "j",
          readable: true,
          scores: { overall, keywords: 0, skills, requirements: 0, format: 0 },
          missing: [],
          findings: [],
        },
      ],
    });
    const batch = {
      schemaVersion: 1 as const,
      tool: { name: "ats-score" as const, version: "test" },
      jobs: [{ id: "j", title: "Job", company: "Co" }],
      summary: { files: 3, scored: 3, failed: 0, belowMinScore: 0, interrupted: false },
      rows: [row("a.pdf", 90, 10), row("b.pdf", 70, 80), row("c.pdf", 50, 40)],
    };
    const file = path.join(dir, "index.html");
    writeFileSync(
      file,
      formatBatchHtml(batch, () => undefined),
    );
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const order = () =>
      page.$$eval("tbody tr", (rows) => rows.map((item) => (item as HTMLTableRowElement).cells[1].textContent));
    expect(await order()).toEqual(["a.pdf", "b.pdf", "c.pdf"]);
    await page.locator('th button[data-column="5"]').click();
    expect(await order()).toEqual(["a.pdf", "c.pdf", "b.pdf"]);
    await page.locator('th button[data-column="5"]').press("Enter");
    expect(await order()).toEqual(["b.pdf", "c.pdf", "a.pdf"]);
    expect(await page.locator("th[aria-sort]").getAttribute("aria-sort")).toBe("descending");
  });

  it("follows a checklist link to its line and focuses it; the skip link comes first", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip");
    const link = page.locator('section[aria-labelledby="requirements"] a[href^="#line-"]').first();
    const target = (await link.getAttribute("href"))!.slice(1);
    await link.click();
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains("focus"), target);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
    expect(await page.locator("g.line").count()).toBe(lines);
    const screenshot =
      process.env.UPDATE_SCREENSHOT === "1" ? "docs/report-screenshot.png" : path.join(dir, "report.png");
    await page.goto(url);
    await page.screenshot({ path: screenshot });
    expect(existsSync(screenshot)).toBe(true);
  });
});
