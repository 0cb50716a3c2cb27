import { Option, type Command } from "commander";
import os from "node:os";
import { RESUME_EXTENSIONS } from "../batch/discover.js";
import { SORT_FIELDS } from "../batch/sort-fields.js";
import { defaultExtractOptions } from "../extract/options.js";
import { batchFormats } from "../format/names.js";
import type { BatchFlags } from "./actions/batch.js";
import { parsePositive, parseScore, type CliIo } from "./shared.js";

const DEFAULT_TIMEOUT_SECONDS = 20;
const parseCount = (value: string) => Math.max(1, Math.floor(parsePositive(value)));

/** `ats-score batch <dir|glob|file...> --job <id> [--job <id2>...]`. */
export function registerBatch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("batch")
    .description("score every resume in folders, globs or files against one or more jobs, ranked")
    .argument("<inputs...>", `folders, globs ("cv/**/*.pdf") or files; folders give ${RESUME_EXTENSIONS.join(" ")}`)
    .option(
      "-j, --job <id|file>",
      "a job posting; repeat for a resume × job matrix",
      // Collected by hand, without a default, so --help does not print "(default: [])".
      (job: string, jobs: string[] | undefined) => [...(jobs ?? []), job],
    )
    .addOption(
      new Option("-f, --format <format>", "output format (html writes a folder: -o <folder>)")
        .choices([...batchFormats, "html"])
        .default("table"),
    )
    .option("-o, --output <folder>", "with --format html: the folder for index.html and the reports")
    .option("--force", "with -o: write into a folder that is not empty")
    .option("--top <n>", "show only the n best resumes", parseCount)
    .addOption(new Option("--sort <field>", "rank by this score (or by file)").choices(SORT_FIELDS).default("overall"))
    .option("--min-score <n>", "exit 1 when any resume × job score is below n", parseScore)
    .option("--no-color", "plain output (also when NO_COLOR is set or stdout is not a terminal)")
    .option("--postings-dir <dir...>", "extra folders of posting YAML files (also $ATS_SCORE_POSTINGS)")
    .option(
      "--max-file-size <MB>",
      "treat larger files as unreadable",
      parsePositive,
      defaultExtractOptions.maxFileBytes / 1024 / 1024,
    )
    .option(
      "--max-pages <n>",
      "read at most this many pages of each file",
      parsePositive,
      defaultExtractOptions.maxPages,
    )
    .option("--timeout <seconds>", "give up on a file after this long", parsePositive, DEFAULT_TIMEOUT_SECONDS)
    .option("--workers <n>", "worker threads, one per core", parseCount, os.availableParallelism())
    .addHelpText(
      "after",
      `
Exit codes: 0 every file scored (and met --min-score), 1 a score below --min-score or a file that could not
be read (its row says why), 2 nothing could be scored (bad arguments, unknown job, no resumes), 130 stopped
by Ctrl-C (the results printed are partial).`,
    )
    .action(async (inputs: string[], flags: BatchFlags) => {
      const { batchCommand } = await import("./actions/batch.js");
      setExit(await batchCommand(inputs, flags, io));
    });
}
