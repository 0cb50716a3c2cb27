import { readFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../../errors.js";
import { extractDocument } from "../../extract/index.js";
import { extractInWorker } from "../../extract/in-worker.js";
import { formatPlanJson, formatPlanMarkdown, formatPlanPretty, suggestionSentence } from "../../format/tailor.js";
import { loadAnalyser } from "../../nlp/analyser.js";
import { loadPosting } from "../../posting/load.js";
import { analyse } from "../../score/index.js";
import { buildPlan } from "../../tailor/plan.js";
import { comparePlans } from "../../tailor/compare.js";
import type { TailorPlan } from "../../tailor/types.js";
import { writeAtomically } from "../../io/write-file.js";
import { rewriteSource } from "../../tailor/write.js";
import { version } from "../../version.js";
import { EXIT, extractLimits, postingDirs, useColor, withSpinner, type CliIo, type LimitFlags } from "../shared.js";

export interface TailorFlags extends LimitFlags {
  job?: string[];
  json?: boolean;
  markdown?: boolean;
  have?: string;
  write?: string;
  force?: boolean;
  color: boolean;
  postingsDir?: string[];
}

const WRITABLE_FORMATS = new Set(["md", "txt", "json"]);

export async function tailorCommand(resume: string, flags: TailorFlags, io: CliIo): Promise<number> {
  const jobs = flags.job ?? [];
  if (jobs.length === 0)
    throw new UsageError("missing --job <id|file.yaml>; `ats-score postings` lists the bundled jobs");
  if (flags.write && jobs.length > 1) throw new UsageError("--write applies one job's plan; pass a single --job");
  const postings = jobs.map((job) => loadPosting(job, { dirs: postingDirs(flags, io) }));
  const have = (flags.have ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  const pretty = !flags.json && !flags.markdown;
  const { doc, plans } = await withSpinner(io, pretty, `Planning ${path.basename(resume)}`, async () => {
    const [document, analyser] = await Promise.all([extractInWorker(resume, extractLimits(flags)), loadAnalyser()]);
    const built = postings.map((posting) => buildPlan(document, posting, analyser, { have, toolVersion: version }));
    return { doc: document, plans: built };
  });
  if (flags.write) return writePlan(resume, jobs, flags.write, Boolean(flags.force), doc, plans[0], postings[0], io);
  if (flags.json) io.stdout(formatPlanJson(plans.length === 1 ? plans[0] : plans));
  else if (flags.markdown) io.stdout(plans.map(formatPlanMarkdown).join("\n"));
  else {
    const color = useColor(flags, io);
    if (plans.length > 1) io.stdout(comparePlans(plans, { color }));
    else io.stdout(formatPlanPretty(plans[0], { color }));
  }
  return EXIT.ok;
}

async function writePlan(
  resume: string,
  jobs: string[],
  target: string,
  force: boolean,
  doc: Awaited<ReturnType<typeof extractDocument>>,
  plan: TailorPlan,
  posting: ReturnType<typeof loadPosting>,
  io: CliIo,
): Promise<number> {
  if (!WRITABLE_FORMATS.has(doc.source.format)) {
    throw new UsageError(
      `--write needs a Markdown, plain-text or JSON Resume file; ${resume} is ${doc.source.format.toUpperCase()} (edit it by hand with the plan)`,
    );
  }
  const source = await readFile(resume, "utf8");
  const { text, applied } = rewriteSource(source, doc, plan);
  const { backup } = await writeAtomically(target, text, { flag: "--write", force, inputs: [resume, ...jobs] });
  const after = analyse(await extractDocument(target), posting, await loadAnalyser(), version);
  io.stdout(
    `Wrote ${target}${backup ? ` (previous file kept as ${backup})` : ""}: ${applied.length} safe edit${applied.length === 1 ? "" : "s"}.\n`,
  );
  for (const suggestion of applied) io.stdout(`  • ${suggestionSentence(suggestion)}\n`);
  io.stdout(`Overall score: ${plan.scores.overall} before, ${after.scores.overall} after.\n`);
  const manual = plan.suggestions.filter((suggestion) => !applied.includes(suggestion) && suggestion.gain > 0).length;
  if (manual > 0)
    io.stdout(
      `${manual} more suggestion${manual === 1 ? "" : "s"} need your judgement: run without --write to see them.\n`,
    );
  return EXIT.ok;
}
