import { Chalk, type ChalkInstance } from "chalk";
import { coreUnits } from "../score/formula.js";
import type { Evidence, Posting, Report, RequirementStatus, SkillMatch } from "../types.js";
import { findingMessage, requirementReason } from "./messages.js";

export interface PrettyOptions {
  color: boolean;
  /** Terminal width; long lines are cut to fit. */
  width: number;
  /** Show every matched skill instead of the first few per group. */
  verbose: boolean;
}

const BAR_WIDTH = 24;
const SECTION_NAMES: Record<string, string> = {
  experience: "experience",
  research: "research",
  projects: "projects",
  publications: "publications",
  skills: "skills list",
  coursework: "coursework",
  education: "education",
  summary: "summary",
  teaching: "teaching",
};

function bar(chalk: ChalkInstance, value: number): string {
  const filled = Math.round((value / 100) * BAR_WIDTH);
  const paint = value >= 75 ? chalk.green : value >= 50 ? chalk.yellow : chalk.red;
  return paint("█".repeat(filled)) + chalk.dim("░".repeat(BAR_WIDTH - filled));
}

const STATUS_MARK: Record<RequirementStatus, (chalk: ChalkInstance) => string> = {
  met: (chalk) => chalk.green("✔ met    "),
  unclear: (chalk) => chalk.yellow("? unclear"),
  "not-met": (chalk) => chalk.red("✘ not met"),
};

const where = (evidence: Evidence) =>
  `${SECTION_NAMES[evidence.section] ?? evidence.section}, line ${evidence.line + 1}${evidence.page > 1 ? ` (p. ${evidence.page})` : ""}`;

const quote = (text: string, max = 60) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** The report for people: the overall score first, then what to look at, most useful first. */
export function formatPretty(report: Report, posting: Posting, options: PrettyOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const heading = (text: string) => out.push("", chalk.bold(text));
  // Detail lines are cut to the terminal so the checklist stays one line per item.
  const fit = (line: string) =>
    line.length > options.width - 14 ? `${line.slice(0, Math.max(20, options.width - 15))}…` : line;

  out.push(`${chalk.bold(report.job.title)} ${chalk.dim("·")} ${report.job.company}`);
  out.push(
    chalk.dim(
      `${report.resume.path} (${report.resume.format.toUpperCase()}, ${report.resume.pages} page${report.resume.pages === 1 ? "" : "s"}, ${report.resume.words} words)`,
    ),
  );
  if (!report.readable) {
    out.push(
      "",
      chalk.red.bold("This resume has no readable text: an ATS will see it as empty, so it was not scored."),
    );
  }
  out.push("");
  const rows: [string, number][] = [
    ["Overall", report.scores.overall],
    ["Keywords", report.scores.keywords],
    ["Skills", report.scores.skills],
    ["Requirements", report.scores.requirements],
    ["Format", report.scores.format],
  ];
  for (const [label, value] of rows) {
    const name = label === "Overall" ? chalk.bold(label.padEnd(13)) : label.padEnd(13);
    out.push(`  ${name}${bar(chalk, value)} ${String(value).padStart(3)}/100`);
  }

  heading("Requirements");
  const names = new Map<string, string>([
    ...[...report.skills, ...report.softSkills].map((skill) => [skill.skillId, skill.name] as const),
    ...report.areas.map((area) => [area.id, area.name] as const),
  ]);
  const named = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(", ");
  for (const result of report.requirements) {
    const optional = result.importance === "preferred" ? chalk.dim(" (preferred)") : "";
    out.push(`  ${STATUS_MARK[result.status](chalk)}  ${result.label}${optional}`);
    const shown = result.satisfiedBy.length > 0 && result.reason === "evidence" ? `: ${named(result.satisfiedBy)}` : "";
    const area = result.reason === "area-depth" ? ` ${named(result.satisfiedBy)}` : "";
    const firstEvidence = result.evidence[0];
    const detail = `${requirementReason(result)}${shown}${area}${firstEvidence ? ` (${where(firstEvidence)})` : ""}`;
    out.push(chalk.dim(`              ${fit(detail)}`));
  }

  heading("Domain areas (the posting needs depth in one or more)");
  const areas = report.areas.filter((area) => area.coverage > 0).slice(0, 5);
  if (areas.length === 0) out.push(chalk.dim("  none of the posting's domain areas shows up in the resume"));
  for (const area of areas) {
    const percent = Math.round(area.coverage * 100);
    const names = area.matched.map((id) => report.skills.find((skill) => skill.skillId === id)?.name ?? id);
    out.push(`  ${area.name.padEnd(40)} ${String(percent).padStart(3)}%  ${chalk.dim(names.join(", "))}`);
  }

  const missing = missingToShow(report, posting);
  if (missing.length > 0) {
    heading("Missing skills (required first)");
    for (const item of missing) {
      const tag = item.importance === "preferred" ? chalk.dim("preferred") : chalk.red("required ");
      const partial = item.partial ? chalk.yellow(` (weak: ${item.partial})`) : "";
      out.push(`  ${tag}  ${item.label}${partial}`);
    }
  }

  if (report.otherKeywords && report.otherKeywords.length > 0) {
    const found = report.otherKeywords.filter((item) => item.found);
    const missingWords = report.otherKeywords.filter((item) => !item.found).sort((a, b) => b.weight - a.weight);
    heading(`Other posting keywords: ${found.length} of ${report.otherKeywords.length} found`);
    if (missingWords.length > 0)
      out.push(
        `  ${chalk.dim("missing:")} ${missingWords
          .slice(0, 12)
          .map((item) => item.keyword)
          .join(", ")}`,
      );
  }

  heading("Matched skills (strongest evidence)");
  const matched = report.skills
    .filter((skill) => skill.status === "matched")
    .sort((a, b) => b.credit - a.credit || a.name.localeCompare(b.name));
  const limit = options.verbose ? matched.length : 15;
  for (const skill of matched.slice(0, limit))
    out.push(`  ${chalk.green("✔")} ${skill.name.padEnd(38)} ${chalk.dim(evidenceNote(skill))}`);
  if (matched.length > limit) out.push(chalk.dim(`  … and ${matched.length - limit} more (--verbose lists them all)`));
  if (matched.length === 0) out.push(chalk.dim("  none"));

  heading("Contact and sections");
  const contactKeys = ["name", "email", "phone", "address", "location", "linkedin", "github", "website"] as const;
  const found = contactKeys.filter((key) => report.contact[key]).map((key) => `${key}: ${report.contact[key]!.value}`);
  out.push(`  ${found.length > 0 ? found.join(chalk.dim(" · ")) : chalk.red("no contact details found")}`);
  out.push(
    `  ${chalk.dim("sections:")} ${report.sections.map((section) => section.heading).join(chalk.dim(" · ")) || chalk.red("no headings recognised")}`,
  );

  if (report.findings.length > 0) {
    heading("Findings");
    const order = { error: 0, warning: 1, info: 2 } as const;
    for (const finding of [...report.findings].sort((a, b) => order[a.severity] - order[b.severity])) {
      const mark =
        finding.severity === "error"
          ? chalk.red("✘ error  ")
          : finding.severity === "warning"
            ? chalk.yellow("⚠ warning")
            : chalk.blue("ℹ info   ");
      out.push(`  ${mark} ${findingMessage(finding)} ${chalk.dim(`[${finding.checkId}]`)}`);
    }
  }
  out.push("");
  return out.join("\n");
}

function evidenceNote(skill: SkillMatch): string {
  const best = skill.evidence[0];
  if (!best) return "";
  const how = best.kind === "exact" || best.kind === "lemma" ? "" : ` as ${best.kind} ${quote(best.text, 30)}`;
  return `${where(best)}${how}`;
}

export interface MissingItem {
  label: string;
  importance: "required" | "preferred";
  partial?: string;
}

/** Missing core skills (groups named once), then the gaps in the candidate's best area, then preferred. */
export function missingToShow(report: Report, posting: Posting): MissingItem[] {
  const byId = new Map(report.skills.map((skill) => [skill.skillId, skill]));
  const items: MissingItem[] = [];
  const weakNote = (skills: SkillMatch[]) => {
    const partial = skills.filter((skill) => skill.status === "partial").sort((a, b) => b.credit - a.credit)[0];
    return partial?.evidence[0] ? quote(partial.evidence[0].text, 40) : undefined;
  };
  for (const unit of coreUnits(posting)) {
    const members = unit.skills.map((id) => byId.get(id)).filter((skill): skill is SkillMatch => skill !== undefined);
    const needed = Math.min(unit.min, members.length);
    if (members.filter((skill) => skill.status === "matched").length >= needed) continue;
    const names = members.map((skill) => skill.name).join(", ");
    const label =
      members.length > 1 ? `${needed === 1 ? "one" : String(needed)} of ${names}` : (members[0]?.name ?? "");
    items.push({ label, importance: unit.importance, partial: weakNote(members) });
  }
  const bestArea = report.areas[0];
  if (bestArea && bestArea.coverage > 0) {
    for (const skill of report.skills.filter((item) => item.area === bestArea.id && item.status !== "matched")) {
      items.push({
        label: `${skill.name} ${`(${bestArea.name})`}`,
        importance: skill.importance,
        partial: weakNote([skill]),
      });
    }
  }
  return items.sort((a, b) => (a.importance === b.importance ? 0 : a.importance === "required" ? -1 : 1));
}
