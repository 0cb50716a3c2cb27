import { Chalk } from "chalk";
import type { Suggestion, TailorPlan } from "../tailor/types.js";
import { checkById } from "../checks/index.js";
import { findingMessage } from "./messages.js";

type Data = Suggestion["data"];
const list = (value: Data[string] | undefined) => (Array.isArray(value) ? value.join(", ") : String(value ?? ""));
const quote = (text: Data[string] | undefined, max = 70) => {
  const value = String(text ?? "").trim();
  return `"${value.length > max ? `${value.slice(0, max - 1)}…` : value}"`;
};

/** One instruction per suggestion kind, built from its data; never tells anyone to claim a skill. */
const SENTENCES: Record<Suggestion["kind"], (data: Data) => string> = {
  "mirror-term": (data) =>
    `Use the posting's words: you write ${quote(data.written)} for ${data.skill}; add "${data.posting}" there, e.g. "${data.written} (${data.posting})".`,
  "remove-keyword-block": (data) =>
    `Remove the "${data.heading}" keyword block (${data.terms} posting terms, ${data.unsupported} shown nowhere else). Recruiters read it as gaming the ATS; keep only skills you show in bullets.`,
  "reduce-repetition": (data) =>
    `"${data.keyword}" appears ${data.count} times; past ${data.limit} it reads as stuffing. Keep it where it describes real work.`,
  "add-confirmed-skill": (data) =>
    `You confirmed ${data.skill}: add it to your skills section, and to the bullet where you used it.`,
  "surface-related": (data) =>
    `${list(data.skills)}: your line ${quote(data.lineText)} shows related work (${quote(data.evidence, 40)}). If that work involved ${list(data.skills)}, name it there; if not, leave it out.`,
  "skill-gap": (data) =>
    `No evidence of ${Array.isArray(data.skills) && data.skills.length > 1 ? `any of ${list(data.skills)}` : list(data.skills)}${data.area ? ` (${data.area})` : ""}. Do not claim it; it is an area to learn${data.area ? "" : " if you want roles like this"}.`,
  "reorder-entry": (data) =>
    `Move ${quote(data.entry, 60)} to the top of ${data.section}: it matches this job best (now first: ${quote(data.first, 40)}).`,
  "lead-with-verb": (data) =>
    `Start ${quote(data.lineText, 60)} with what you did (${list(data.verbs).split(", ").slice(0, 4).join(", ")}…) instead of "${data.opening}".`,
  "add-outcome": (data) =>
    `Add a measurable outcome (a number, a percentage, who used it) to ${quote(data.lineText, 60)}.`,
  "move-contact": (data) =>
    `Move your ${list(data.fields)} out of the page header/footer into the first lines of the body.`,
  "rename-heading": (data) =>
    `Rename the heading ${quote(data.heading)} to "${data.standard}" so an ATS maps the section.`,
  "add-contact": (data) =>
    `Add your ${data.field === "address" ? "mailing address" : data.field}${data.askedByPosting ? " (the posting asks for it)" : ""} to the contact lines.`,
  "fix-format": (data) => {
    const checkId = String(data.checkId);
    const severity = data.severity === "error" || data.severity === "info" ? data.severity : "warning";
    const fix = checkById.get(checkId)?.fix;
    return `${findingMessage({ checkId, severity, data, location: {} })}${fix ? ` Fix: ${fix}` : ""}`;
  },
};

export function suggestionSentence(suggestion: Suggestion): string {
  return SENTENCES[suggestion.kind](suggestion.data);
}

const CATEGORY_TITLES: Record<Suggestion["category"], string> = {
  keywords: "Keyword optimisation",
  skills: "Skills matching",
  experience: "Experience alignment",
  format: "Format fixes",
};
const CATEGORIES = Object.keys(CATEGORY_TITLES) as Suggestion["category"][];

const gainText = (gain: number) => (gain > 0 ? `+${gain}` : gain < 0 ? `${gain}` : "±0");
const where = (suggestion: Suggestion) => {
  const location = suggestion.location;
  if (!location) return "";
  return location.fileLine !== undefined
    ? ` (line ${location.fileLine} of the file)`
    : ` (line ${location.line + 1}${location.page > 1 ? `, p. ${location.page}` : ""})`;
};

export function formatPlanPretty(plan: TailorPlan, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const gainColor = (gain: number, text: string) =>
    gain > 0 ? chalk.green(text) : gain < 0 ? chalk.red(text) : chalk.dim(text);
  out.push(`${chalk.bold(`Tailoring plan: ${plan.job.title}`)} ${chalk.dim("·")} ${plan.job.company}`);
  out.push(chalk.dim(plan.resume.path));
  out.push(
    `Overall ${chalk.bold(String(plan.scores.overall))}/100 now; ${chalk.bold(String(plan.potential.overall))}/100 with every suggestion that raises the score.`,
  );
  out.push(
    chalk.dim(
      "Gains are measured by re-scoring a copy of your resume with the change made; ±0 means ATS-neutral but worth it for the reader.",
    ),
  );
  for (const category of CATEGORIES) {
    const items = plan.suggestions.filter((suggestion) => suggestion.category === category);
    if (items.length === 0) continue;
    out.push("", chalk.bold(CATEGORY_TITLES[category]));
    for (const suggestion of items) {
      const mark =
        suggestion.priority === "high"
          ? chalk.red("!")
          : suggestion.priority === "medium"
            ? chalk.yellow("·")
            : chalk.dim("·");
      out.push(
        `  ${mark} ${gainColor(suggestion.gain, gainText(suggestion.gain).padStart(3))}  ${suggestionSentence(suggestion)}${chalk.dim(where(suggestion))}`,
      );
    }
  }
  out.push("", chalk.bold("How each qualification is supported"));
  for (const item of plan.alignment) {
    const mark =
      item.status === "met" ? chalk.green("✔") : item.status === "unclear" ? chalk.yellow("?") : chalk.red("✘");
    out.push(`  ${mark} ${item.label}`);
    if (item.support.length === 0) out.push(chalk.dim("      no supporting line yet"));
    for (const line of item.support.slice(0, 2))
      out.push(chalk.dim(`      line ${line.fileLine ?? line.line + 1}: ${quote(line.text, 80)}`));
  }
  out.push("");
  return out.join("\n");
}

/** A checklist to work through, one box per suggestion, in the same order. */
export function formatPlanMarkdown(plan: TailorPlan): string {
  const out: string[] = [`# Tailoring plan: ${plan.job.title} (${plan.job.company})`, ""];
  out.push(
    `Resume: \`${plan.resume.path}\`. Overall score ${plan.scores.overall}/100 now, ${plan.potential.overall}/100 with every suggestion that raises it.`,
    "",
  );
  for (const category of CATEGORIES) {
    const items = plan.suggestions.filter((suggestion) => suggestion.category === category);
    if (items.length === 0) continue;
    out.push(`## ${CATEGORY_TITLES[category]}`, "");
    for (const suggestion of items) {
      out.push(
        `- [ ] **${gainText(suggestion.gain)}** ${suggestionSentence(suggestion)}${where(suggestion)} <!-- ${suggestion.id} -->`,
      );
    }
    out.push("");
  }
  out.push("## How each qualification is supported", "");
  for (const item of plan.alignment) {
    out.push(`- ${item.status === "met" ? "✔" : item.status === "unclear" ? "?" : "✘"} ${item.label}`);
    for (const line of item.support.slice(0, 2)) out.push(`  - line ${line.fileLine ?? line.line + 1}: ${line.text}`);
  }
  out.push("");
  return out.join("\n");
}

export function formatPlanJson(plan: TailorPlan | TailorPlan[]): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
