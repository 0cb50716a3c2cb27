import { Option, type Command } from "commander";
import path from "node:path";
import { InputError, UsageError } from "../errors.js";
import { extractInWorker } from "../extract/in-worker.js";
import { reportFormats, type FormatName } from "../format/names.js";
import type { TailorPlan } from "../tailor/types.js";
import type { Posting } from "../types.js";
import { jobFilePosting } from "./posting.js";
import {
  addLimitOptions,
  EXIT,
  extractLimits,
  parseScore,
  postingDirs,
  useColor,
  outputWidth,
  withSpinner,
  type CliIo,
  type LimitFlags,
} from "./shared.js";

interface ScoreFlags extends LimitFlags {
  job?: string;
  jobFile?: string;
  format: FormatName;
  json?: boolean;
  minScore?: number;
  color: boolean;
  verbose?: boolean;
  postingsDir?: string[];
  output?: string;
}

async function scoreCommand(resume: string | undefined, flags: ScoreFlags, io: CliIo): Promise<number> {
  if (!resume)
    throw new UsageError("missing the resume file; usage: ats-score <resume> --job <id|file.yaml> (see --help)");
  if (flags.job && flags.jobFile) throw new UsageError("give --job or --job-file, not both");
  if (!flags.job && !flags.jobFile)
    throw new UsageError("missing --job <id|file.yaml>; `ats-score postings` lists the bundled jobs");
  const format = flags.json ? "json" : flags.format;
  // The resume is read first, in a worker thread where that helps, while this thread loads the scorer, the
  // posting and the language model. Its error, if any, is raised where it is awaited: after posting errors.
  const stopReading = new AbortController();
  const reading = extractInWorker(resume, extractLimits(flags), stopReading.signal);
  reading.catch(() => undefined);
  const [{ loadPosting, scoreDocument, warmUp, version }, { formatters, reportFormatter }, { writeAtomically }] =
    await Promise.all([import("../index.js"), import("../format/index.js"), import("../io/write-file.js")]);
  const options = {
    color: useColor(flags, io),
    width: outputWidth(io, 100),
    verbose: Boolean(flags.verbose),
    minScore: flags.minScore,
  };
  const emit = async (rendered: string) => {
    if (!flags.output) return io.stdout(rendered);
    const { backup } = await writeAtomically(flags.output, rendered, {
      flag: "-o",
      force: true,
      inputs: [resume, flags.job, flags.jobFile].filter((input): input is string => input !== undefined),
    });
    if (format !== "json") io.stderr(`wrote ${flags.output}${backup ? ` (previous file kept as ${backup})` : ""}\n`);
  };
  let posting: Posting;
  try {
    posting = flags.jobFile
      ? await jobFilePosting(flags.jobFile, io, format === "pretty")
      : loadPosting(flags.job!, { dirs: postingDirs(flags, io) });
  } catch (error) {
    stopReading.abort();
    throw error;
  }
  const { doc, report } = await withSpinner(io, format === "pretty", `Reading ${path.basename(resume)}`, async () => {
    const [doc] = await Promise.all([reading, warmUp(posting)]);
    return { doc, report: await scoreDocument(doc, posting) };
  }).catch(async (error: unknown) => {
    // A CI format still writes its document (the failing result a dashboard shows); the error line follows.
    const unreadable = error instanceof InputError ? formatters[format].unreadable : undefined;
    if (unreadable) await emit(unreadable(resume, error, posting, { ...options, color: false }));
    throw error;
  });
  // The HTML report carries the tailoring plan as a checklist.
  let plan: TailorPlan | undefined;
  if (format === "html") {
    const [{ buildPlan }, { loadAnalyser }] = await Promise.all([
      import("../tailor/plan.js"),
      import("../nlp/analyser.js"),
    ]);
    plan = buildPlan(doc, posting, await loadAnalyser(), { have: [], toolVersion: version });
  }
  const rendered = reportFormatter(format)(
    report,
    { posting, doc, plan },
    { ...options, color: options.color && !flags.output },
  );
  await emit(rendered);
  if (flags.minScore !== undefined && report.scores.overall < flags.minScore) {
    if (format === "pretty") io.stderr(`score ${report.scores.overall} is below --min-score ${flags.minScore}\n`);
    return EXIT.belowThreshold;
  }
  return EXIT.ok;
}

/** The root command: `ats-score <resume> --job <id>`. */
export function registerScore(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .argument("[resume]", "resume file: .pdf, .docx, .txt, .md or a JSON Resume .json")
    .option("-j, --job <id|file>", "job posting: a bundled id (see `ats-score postings`) or a YAML file")
    .option("--job-file <file>", "raw posting text (.txt, .md, .html, .pdf), imported on the fly")
    .addOption(new Option("-f, --format <format>", "output format").choices(reportFormats).default("pretty"))
    .option("--json", "same as --format json: one versioned JSON object on stdout")
    .option("-o, --output <file>", "write the report to a file (atomically; an existing file is kept as .bak)")
    .option("--min-score <n>", "exit 1 when the overall score is below n", parseScore)
    .option("--no-color", "plain output (also when NO_COLOR is set or stdout is not a terminal)")
    .option("-v, --verbose", "list every matched skill")
    .option("--postings-dir <dir...>", "extra folders of posting YAML files (also $ATS_SCORE_POSTINGS)");
  addLimitOptions(program).action(async (resume: string | undefined, flags: ScoreFlags) =>
    setExit(await scoreCommand(resume, flags, io)),
  );
}
