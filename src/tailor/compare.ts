import { Chalk } from "chalk";
import { suggestionSentence } from "../format/tailor.js";
import type { Suggestion, TailorPlan } from "./types.js";

/** What a suggestion is about, comparable across postings (skill names, not posting-specific ids). */
function topic(suggestion: Suggestion): string {
  const subject =
    suggestion.data.skill ??
    suggestion.data.skills ??
    suggestion.data.field ??
    suggestion.data.checkId ??
    suggestion.id;
  return `${suggestion.kind}:${(Array.isArray(subject) ? subject.join("+") : String(subject)).toLowerCase()}`;
}

export interface PlanComparison {
  common: Suggestion[];
  specific: { job: TailorPlan["job"]; suggestions: Suggestion[] }[];
}

/** Splits several plans into suggestions every job shares and those only one job needs. */
export function comparePlanTopics(plans: TailorPlan[]): PlanComparison {
  const topicSets = plans.map((plan) => new Set(plan.suggestions.map(topic)));
  const shared = (suggestion: Suggestion) => topicSets.every((set) => set.has(topic(suggestion)));
  return {
    common: plans[0].suggestions.filter(shared),
    specific: plans.map((plan) => ({
      job: plan.job,
      suggestions: plan.suggestions.filter((suggestion) => !shared(suggestion)),
    })),
  };
}

export function comparePlans(plans: TailorPlan[], options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const { common, specific } = comparePlanTopics(plans);
  const out: string[] = [chalk.bold(`Tailoring for ${plans.length} jobs`)];
  for (const plan of plans)
    out.push(`  ${plan.job.id}: ${plan.scores.overall}/100 now, ${plan.potential.overall}/100 possible`);
  out.push("", chalk.bold(`Common to all ${plans.length} jobs (do these first)`));
  if (common.length === 0) out.push(chalk.dim("  nothing in common"));
  for (const suggestion of common) out.push(`  • ${suggestionSentence(suggestion)}`);
  for (const { job, suggestions } of specific) {
    out.push("", chalk.bold(`Only for ${job.title} (${job.id})`));
    if (suggestions.length === 0) out.push(chalk.dim("  nothing specific"));
    for (const suggestion of suggestions) {
      const gain = suggestion.gain > 0 ? chalk.green(`+${suggestion.gain}`) : chalk.dim("±0");
      out.push(`  • ${gain} ${suggestionSentence(suggestion)}`);
    }
  }
  out.push("");
  return out.join("\n");
}
