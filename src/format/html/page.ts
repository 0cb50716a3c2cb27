import type { Document, Evidence, Line, Page, Report } from "../../types.js";
import { escapeHtml, svgNumber as n } from "./escape.js";

/** Evidence strength bands, drawn with the Okabe-Ito palette (safe for colour-blind readers). */
export const STRENGTH_CLASSES = [
  { min: 0.85, className: "strong", label: "used in a bullet with an outcome" },
  { min: 0.5, className: "medium", label: "listed or used without an outcome" },
  { min: 0, className: "weak", label: "weak: keyword block, related term or hedged" },
] as const;

export const strengthClass = (strength: number) => STRENGTH_CLASSES.find((band) => strength >= band.min)!.className;

/**
 * Where the matched words sit inside a line: estimated here from character offsets (enough for print),
 * then placed exactly in the browser from the drawn glyphs (see SCRIPT).
 */
function wordBox(line: Line, text: string): { x: number; width: number; from: number; to: number } {
  const at = line.text.toLowerCase().indexOf(text.toLowerCase());
  const length = Math.max(1, line.text.length);
  if (at < 0) return { x: line.x, width: line.width, from: 0, to: line.text.length };
  return {
    x: line.x + (line.width * at) / length,
    width: Math.max(4, (line.width * text.length) / length),
    from: at,
    to: at + text.length,
  };
}

export interface PageOverlays {
  /** Matched skills: evidence per line. */
  matches: Map<number, { skill: string; evidence: Evidence }[]>;
  /** Lines some finding points at. */
  flagged: Map<number, string[]>;
}

export function collectOverlays(report: Report): PageOverlays {
  const matches = new Map<number, { skill: string; evidence: Evidence }[]>();
  for (const skill of [...report.skills, ...report.softSkills]) {
    if (skill.status === "missing") continue;
    for (const evidence of skill.evidence) {
      const list = matches.get(evidence.line) ?? [];
      list.push({ skill: skill.name, evidence });
      matches.set(evidence.line, list);
    }
  }
  const flagged = new Map<number, string[]>();
  for (const finding of report.findings) {
    if (finding.location.line === undefined) continue;
    flagged.set(finding.location.line, [...(flagged.get(finding.location.line) ?? []), finding.checkId]);
  }
  return { matches, flagged };
}

/** Font size for drawing a line: its own, or a readable default for text input without one. */
const drawSize = (line: Line) => (line.fontSize > 0 ? line.fontSize : 9);

/**
 * One page as SVG, drawn from the extracted positions: text at its boxes, images as outlined boxes,
 * header/footer bands, column boundaries with the reading order, and the overlays.
 */
export function renderPage(doc: Document, page: Page, overlays: PageOverlays): string {
  const lines = doc.lines.filter((line) => line.page === page.number);
  const parts: string[] = [];
  const bandHeight = page.height * 0.08;
  if (lines.some((line) => line.band === "header")) {
    parts.push(
      `<rect class="band" x="0" y="0" width="${n(page.width)}" height="${n(bandHeight)}"><title>header band: many ATS parsers skip it</title></rect>`,
    );
  }
  if (lines.some((line) => line.band === "footer")) {
    parts.push(
      `<rect class="band" x="0" y="${n(page.height - bandHeight)}" width="${n(page.width)}" height="${n(bandHeight)}"><title>footer band</title></rect>`,
    );
  }
  const layout = page.layout;
  if (layout && layout.kind !== "single") {
    for (const column of layout.columns.slice(1)) {
      parts.push(
        `<line class="gutter" x1="${n(column.x - 4)}" y1="${n(layout.top)}" x2="${n(column.x - 4)}" y2="${n(layout.bottom)}"><title>column boundary (${layout.kind})</title></line>`,
      );
    }
  }
  for (const image of page.images) {
    parts.push(
      `<rect class="image" x="${n(image.x)}" y="${n(image.y)}" width="${n(image.width)}" height="${n(image.height)}"><title>image: invisible to an ATS</title></rect>`,
    );
  }
  for (const line of lines) {
    const size = drawSize(line);
    const classes = [
      "text",
      line.heading ? "heading" : "",
      line.hidden ? "hidden-text" : "",
      line.table ? "table-row" : "",
    ]
      .filter(Boolean)
      .join(" ");
    const width = line.width > 0 ? ` textLength="${n(line.width)}" lengthAdjust="spacingAndGlyphs"` : "";
    const baseline = line.y + (line.height || size) * 0.85;
    parts.push(`<g id="line-${line.index}" class="line" tabindex="-1" data-line="${line.index}">`);
    if (line.hidden) {
      parts.push(
        `<rect class="hidden-box" x="${n(line.x - 1)}" y="${n(line.y - 1)}" width="${n(line.width + 2)}" height="${n((line.height || size) + 2)}"><title>hidden text (${escapeHtml(line.hiddenReason ?? "hidden")}): excluded from matching</title></rect>`,
      );
    }
    for (const { skill, evidence } of overlays.matches.get(line.index) ?? []) {
      const box = wordBox(line, evidence.text);
      parts.push(
        `<rect class="match ${strengthClass(evidence.strength)}" x="${n(box.x)}" y="${n(line.y)}" width="${n(box.width)}" height="${n(line.height || size)}" data-skill="${escapeHtml(skill)}" data-from="${box.from}" data-to="${box.to}"><title>${escapeHtml(`${skill}: "${evidence.text}" (${evidence.kind}, strength ${evidence.strength})`)}</title></rect>`,
      );
    }
    if (overlays.flagged.has(line.index)) {
      parts.push(
        `<rect class="flag" x="${n(line.x - 2)}" y="${n(line.y - 1)}" width="${n(line.width + 4)}" height="${n((line.height || size) + 2)}"><title>${escapeHtml(overlays.flagged.get(line.index)!.join(", "))}</title></rect>`,
      );
    }
    parts.push(
      `<text class="${classes}" x="${n(line.x)}" y="${n(baseline)}" font-size="${n(size)}"${width}>${escapeHtml(line.text)}</text>`,
    );
    parts.push(
      `<text class="order" x="${n(Math.max(2, line.x - 14))}" y="${n(baseline)}" font-size="5">${line.index + 1}</text>`,
    );
    parts.push("</g>");
  }
  return `<figure class="page" aria-label="Page ${page.number} as extracted"><svg viewBox="0 0 ${n(page.width)} ${n(page.height)}" role="img" aria-label="Page ${page.number}: ${lines.length} lines"><rect class="paper" width="${n(page.width)}" height="${n(page.height)}"/>${parts.join("")}</svg><figcaption>Page ${page.number}</figcaption></figure>`;
}
