import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import path from "node:path";
import { AtsError, UsageError } from "./errors.js";
import { defaultExtractOptions, extractDocument } from "./extract/index.js";
import { formatPretty } from "./format/pretty.js";
import { formatJson } from "./format/json.js";
import { loadAnalyser } from "./nlp/analyser.js";
import { listPostingFiles, loadPosting, loadPostingFile } from "./posting/load.js";
import { analyse } from "./score/index.js";
import { version } from "./version.js";

/** The streams and environment the CLI runs in; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  columns?: number;
}

export const EXIT = { ok: 0, belowThreshold: 1, error: 2 } as const;

const EXAMPLES = `
Examples:
  $ ats-score resume.pdf --job netflix-ml-intern           coloured report
  $ ats-score resume.pdf --job netflix-ml-intern --json    one JSON object for scripts and CI
  $ ats-score resume.md --job ./my-posting.yaml --min-score 70 || echo "below 70"
  $ ats-score postings                                      list the bundled job postings

Exit codes: 0 scored (and passed --min-score), 1 scored below --min-score, 2 could not score
(bad arguments, unreadable resume, invalid or unknown posting).`;

const parseScore = (value: string) => {
  const score = Number(value);
  if (!Number.isFinite(score) || score < 0 || score > 100)
    throw new InvalidArgumentError("must be a number from 0 to 100");
  return score;
};
const parsePositive = (value: string) => {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError("must be a positive number");
  return number;
};

interface ScoreFlags {
  job?: string;
  format: "pretty" | "json";
  json?: boolean;
  minScore?: number;
  color: boolean;
  verbose?: boolean;
  debug?: boolean;
  postingsDir?: string[];
  maxFileSize: number;
  maxPages: number;
}

const postingDirs = (flags: { postingsDir?: string[] }, io: CliIo) => [
  ...(flags.postingsDir ?? []),
  ...(io.env.ATS_SCORE_POSTINGS ? io.env.ATS_SCORE_POSTINGS.split(path.delimiter).filter(Boolean) : []),
];

/** Colour only for a terminal, and never when NO_COLOR is set (chalk 5 does not check it). */
const useColor = (flags: { color: boolean }, io: CliIo) =>
  flags.color && io.stdoutIsTTY && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "") && io.env.TERM !== "dumb";

async function withSpinner<T>(io: CliIo, enabled: boolean, text: string, work: () => Promise<T>): Promise<T> {
  if (!enabled || !io.stderrIsTTY) return work();
  const { default: ora } = await import("ora");
  const spinner = ora({ text, stream: process.stderr, discardStdin: false }).start();
  try {
    return await work();
  } finally {
    spinner.stop();
  }
}

async function scoreCommand(resume: string | undefined, flags: ScoreFlags, io: CliIo): Promise<number> {
  if (!resume)
    throw new UsageError("missing the resume file; usage: ats-score <resume> --job <id|file.yaml> (see --help)");
  if (!flags.job) throw new UsageError("missing --job <id|file.yaml>; `ats-score postings` lists the bundled jobs");
  const format = flags.json ? "json" : flags.format;
  const posting = loadPosting(flags.job, { dirs: postingDirs(flags, io) });
  const report = await withSpinner(io, format === "pretty", `Reading ${path.basename(resume)}`, async () => {
    const [doc, analyser] = await Promise.all([
      extractDocument(resume, { maxFileBytes: flags.maxFileSize * 1024 * 1024, maxPages: flags.maxPages }),
      loadAnalyser(),
    ]);
    return analyse(doc, posting, analyser, version);
  });
  if (format === "json") io.stdout(formatJson(report));
  else
    io.stdout(
      formatPretty(report, posting, {
        color: useColor(flags, io),
        width: io.columns ?? 100,
        verbose: Boolean(flags.verbose),
      }),
    );
  if (flags.minScore !== undefined && report.scores.overall < flags.minScore) {
    if (format === "pretty") io.stderr(`score ${report.scores.overall} is below --min-score ${flags.minScore}\n`);
    return EXIT.belowThreshold;
  }
  return EXIT.ok;
}

function postingsCommand(flags: { postingsDir?: string[]; json?: boolean }, io: CliIo): number {
  const rows = listPostingFiles({ dirs: postingDirs(flags, io) }).map((entry) => {
    const posting = loadPostingFile(entry.file);
    return {
      id: entry.id,
      title: posting.title,
      company: posting.company,
      skills: posting.skills.length,
      required: posting.skills.filter((skill) => skill.importance === "required").length,
      source: entry.bundled ? "bundled" : entry.file,
    };
  });
  if (flags.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  const idWidth = Math.max(2, ...rows.map((row) => row.id.length));
  io.stdout(`${"ID".padEnd(idWidth)}  SKILLS  TITLE · COMPANY\n`);
  for (const row of rows) {
    const where = row.source === "bundled" ? "" : `  (${row.source})`;
    io.stdout(`${row.id.padEnd(idWidth)}  ${String(row.skills).padStart(6)}  ${row.title} · ${row.company}${where}\n`);
  }
  return EXIT.ok;
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("ats-score");
  program
    .description("Check how an applicant tracking system reads your resume and how well it matches a job. Offline.")
    .version(version, "-V, --version")
    .argument("[resume]", "resume file: .pdf, .txt or .md")
    .option("-j, --job <id|file>", "job posting: a bundled id (see `ats-score postings`) or a YAML file")
    .addOption(new Option("-f, --format <format>", "output format").choices(["pretty", "json"]).default("pretty"))
    .option("--json", "same as --format json: one versioned JSON object on stdout")
    .option("--min-score <n>", "exit 1 when the overall score is below n", parseScore)
    .option("--no-color", "plain output (also when NO_COLOR is set or stdout is not a terminal)")
    .option("-v, --verbose", "list every matched skill")
    .option("--postings-dir <dir...>", "extra folders of posting YAML files (also $ATS_SCORE_POSTINGS)")
    .option(
      "--max-file-size <MB>",
      "refuse resumes larger than this",
      parsePositive,
      defaultExtractOptions.maxFileBytes / 1024 / 1024,
    )
    .option("--max-pages <n>", "read at most this many pages", parsePositive, defaultExtractOptions.maxPages)
    .option("--debug", "print stack traces of unexpected errors")
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError(true)
    .action(async (resume: string | undefined, flags: ScoreFlags) => setExit(await scoreCommand(resume, flags, io)));

  program
    .command("postings")
    .description("list the job postings you can score against")
    .option("--json", "print them as JSON")
    .option("--postings-dir <dir...>", "extra folders of posting YAML files")
    .action((flags: { postingsDir?: string[]; json?: boolean }) => setExit(postingsCommand(flags, io)));

  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
    outputError: (text, write) => write(text.startsWith("error:") ? `ats-score: ${text.slice(7)}` : text),
  });
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (error instanceof AtsError) {
      io.stderr(`ats-score: ${error.message}\n`);
      return error.exitCode;
    }
    const debug = argv.includes("--debug");
    io.stderr(
      `ats-score: unexpected error: ${(error as Error)?.message ?? String(error)}${debug ? "" : " (rerun with --debug for details)"}\n`,
    );
    if (debug) io.stderr(`${(error as Error)?.stack ?? ""}\n`);
    return EXIT.error;
  }
}
