import type { TailorPlan } from "../../tailor/types.js";
import type { Document, Report } from "../../types.js";
import { findingMessage, requirementReason } from "../messages.js";
import { suggestionSentence } from "../tailor.js";
import { escapeHtml as e, svgNumber as n } from "./escape.js";
import { collectOverlays, renderPage, STRENGTH_CLASSES } from "./page.js";
import { SCRIPT, STYLE } from "./style.js";

export interface HtmlInput {
  report: Report;
  doc: Document;
  /** The tailoring plan, shown as a checklist when given. */
  plan?: TailorPlan;
}

const lineLink = (line: number | undefined, text: string) =>
  line === undefined ? e(text) : `<a href="#line-${line}">${e(text)}</a>`;

/** A score as a half-ring gauge with its number, labelled for screen readers. */
function gauge(label: string, value: number): string {
  const radius = 40;
  const length = Math.PI * radius;
  const level = value >= 75 ? "high" : value >= 50 ? "mid" : "low";
  return `<figure class="gauge ${level}"><svg viewBox="0 0 100 60" role="img" aria-label="${e(label)}: ${value} out of 100">
<path class="track" d="M10 50 A40 40 0 0 1 90 50" fill="none" stroke-width="10"/>
<path class="arc" d="M10 50 A40 40 0 0 1 90 50" fill="none" stroke-width="10" stroke-dasharray="${n((length * value) / 100)} ${n(length)}"/>
<text class="value" x="50" y="50" text-anchor="middle">${value}</text></svg><figcaption>${e(label)}</figcaption></figure>`;
}

function requirementsSection(report: Report): string {
  const names = new Map<string, string>([
    ...[...report.skills, ...report.softSkills].map((skill) => [skill.skillId, skill.name] as const),
    ...report.areas.map((area) => [area.id, area.name] as const),
  ]);
  const items = report.requirements.map((item) => {
    const evidence = item.evidence[0];
    const status = item.status === "met" ? "✔ met" : item.status === "unclear" ? "? unclear" : "✘ not met";
    const where = evidence ? ` — ${lineLink(evidence.line, `line ${evidence.line + 1}`)}` : "";
    const satisfied = item.satisfiedBy.map((id) => names.get(id) ?? id).join(", ");
    const reason = `${requirementReason(item)}${satisfied && (item.reason === "evidence" || item.reason === "area-depth") ? ` ${satisfied}` : ""}`;
    return `<li><span class="status ${item.status}">${status}</span> ${e(item.label)}${item.importance === "preferred" ? " <small>(preferred)</small>" : ""}<br><small>${e(reason)}${where}</small></li>`;
  });
  return `<section aria-labelledby="requirements"><h2 id="requirements">Requirements</h2><ul class="check">${items.join("")}</ul></section>`;
}

function skillsSection(report: Report): string {
  const matched = report.skills
    .filter((skill) => skill.status === "matched")
    .sort((a, b) => b.credit - a.credit || a.name.localeCompare(b.name));
  const missing = report.skills.filter(
    (skill) =>
      skill.status !== "matched" &&
      skill.importance === "required" &&
      (!skill.area || skill.area === report.areas[0]?.id),
  );
  const matchedItems = matched.map((skill) => {
    const best = skill.evidence[0];
    return `<li>${lineLink(best?.line, skill.name)} <small>${best ? `${e(best.kind)}, ${e(best.section)}, strength ${best.strength}` : ""}</small></li>`;
  });
  const missingItems = missing.map(
    (skill) =>
      `<li>${e(skill.name)}${skill.status === "partial" ? ` <small>(weak: ${lineLink(skill.evidence[0]?.line, `"${skill.evidence[0]?.text ?? ""}"`)})</small>` : ""}</li>`,
  );
  const legend =
    STRENGTH_CLASSES.map((band) => `<span><i class="${band.className}"></i>${e(band.label)}</span>`).join("") +
    `<span><i class="flag"></i>finding or hidden text</span>`;
  return `<section aria-labelledby="skills"><h2 id="skills">Skills</h2><p class="legend">${legend}</p>
<h3>Missing (required, core and your best area)</h3><ul>${missingItems.join("") || "<li>none</li>"}</ul>
<h3>Matched</h3><ul>${matchedItems.join("") || "<li>none</li>"}</ul></section>`;
}

function findingsSection(report: Report): string {
  if (report.findings.length === 0) return "";
  const items = report.findings.map(
    (finding) =>
      `<li><strong>${e(finding.severity)}</strong> ${e(findingMessage(finding))} <small>[${lineLink(finding.location.line, finding.checkId)}]</small></li>`,
  );
  return `<section aria-labelledby="findings"><h2 id="findings">Findings</h2><ul class="check">${items.join("")}</ul></section>`;
}

function planSection(plan: TailorPlan | undefined): string {
  if (!plan) return "";
  const items = plan.suggestions.map((suggestion) => {
    const gain = suggestion.gain > 0 ? `+${suggestion.gain}` : suggestion.gain < 0 ? String(suggestion.gain) : "±0";
    const id = `plan-${suggestion.id.replace(/[^a-z0-9-]/gi, "-")}`;
    return `<li><input type="checkbox" id="${e(id)}"> <label for="${e(id)}"><span class="gain">${gain}</span> ${e(suggestionSentence(suggestion))}</label>${suggestion.location ? ` ${lineLink(suggestion.location.line, "show")}` : ""}</li>`;
  });
  return `<section aria-labelledby="plan"><h2 id="plan">Tailoring plan</h2><p>${plan.scores.overall}/100 now, ${plan.potential.overall}/100 with every suggestion that raises the score.</p><ul class="check">${items.join("")}</ul></section>`;
}

/** The text an ATS gets, in reading order, with markers where content is likely lost or scrambled. */
function atsTextSection(doc: Document): string {
  const rows = doc.lines.map((line) => {
    const markers = [
      line.band !== "body" ? `[${line.band}]` : "",
      line.column && line.column > 1 ? `[column ${line.column}]` : "",
      line.table ? "[table]" : "",
      line.hidden ? "[hidden]" : "",
    ].filter(Boolean);
    const mark = markers.length > 0 ? `<span class="marker">${e(markers.join(" "))}</span> ` : "";
    return `<a href="#line-${line.index}">${String(line.index + 1).padStart(3)}</a> ${mark}${line.heading ? `<strong>${e(line.text)}</strong>` : e(line.text)}`;
  });
  const images =
    doc.facts.imageCount > 0
      ? `\n<span class="marker">[image] ×${doc.facts.imageCount}: not read by an ATS</span>`
      : "";
  return `<section aria-labelledby="ats-text"><h2 id="ats-text">What the ATS sees</h2><pre class="ats-text">${rows.join("\n")}${images}</pre></section>`;
}

/** One self-contained HTML report: pages drawn from extracted positions, scores, checklist and plan. */
export function formatHtml({ report, doc, plan }: HtmlInput): string {
  const overlays = collectOverlays(report);
  const pages = doc.pages.map((page) => renderPage(doc, page, overlays)).join("\n");
  const scores = report.scores;
  const gauges = [
    gauge("Overall", scores.overall),
    gauge("Keywords", scores.keywords),
    gauge("Skills", scores.skills),
    gauge("Requirements", scores.requirements),
    gauge("Format", scores.format),
  ].join("");
  const unreadable = report.readable
    ? ""
    : `<p role="alert"><strong>No readable text: an ATS sees this resume as empty.</strong></p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`ats-score: ${report.resume.path} × ${report.job.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#summary">Skip to the scores</a>
<header><h1>${e(report.job.title)} · ${e(report.job.company)}</h1><p>${e(report.resume.path)} — ${report.resume.pages} page(s), ${report.resume.words} words · ats-score ${e(report.tool.version)}</p></header>
<main>
<div class="pages" aria-label="The resume as the ATS reads it">${pages}</div>
<aside>
<section aria-labelledby="summary"><h2 id="summary" tabindex="-1">Scores</h2>${unreadable}<div class="gauges">${gauges}</div></section>
${requirementsSection(report)}
${planSection(plan)}
${skillsSection(report)}
${findingsSection(report)}
${atsTextSection(doc)}
</aside>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
