import { InvalidArgumentError, type Command } from "commander";
import { defaultExtractOptions, type ExtractOptions } from "../extract/options.js";
import path from "node:path";

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

export const parseScore = (value: string) => {
  const score = Number(value);
  if (!Number.isFinite(score) || score < 0 || score > 100)
    throw new InvalidArgumentError("must be a number from 0 to 100");
  return score;
};
export const parsePositive = (value: string) => {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError("must be a positive number");
  return number;
};

export const postingDirs = (flags: { postingsDir?: string[] }, io: CliIo) => [
  ...(flags.postingsDir ?? []),
  ...(io.env.ATS_SCORE_POSTINGS ? io.env.ATS_SCORE_POSTINGS.split(path.delimiter).filter(Boolean) : []),
];

/** Colour only for a terminal, and never when NO_COLOR is set (chalk 5 does not check it). */
export const useColor = (flags: { color: boolean }, io: CliIo) =>
  flags.color && io.stdoutIsTTY && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "") && io.env.TERM !== "dumb";

export async function withSpinner<T>(io: CliIo, enabled: boolean, text: string, work: () => Promise<T>): Promise<T> {
  if (!enabled || !io.stderrIsTTY) return work();
  const { default: ora } = await import("ora");
  const spinner = ora({ text, stream: process.stderr, discardStdin: false }).start();
  try {
    return await work();
  } finally {
    spinner.stop();
  }
}

/** The input limits every command that reads resumes takes, as flags (see SECURITY.md). */
export interface LimitFlags {
  maxFileSize: number;
  maxPages: number;
  maxPageOperations: number;
}

export function addLimitOptions(command: Command): Command {
  return command
    .option(
      "--max-file-size <MB>",
      "refuse resumes larger than this",
      parsePositive,
      defaultExtractOptions.maxFileBytes / 1024 / 1024,
    )
    .option("--max-pages <n>", "read at most this many pages", parsePositive, defaultExtractOptions.maxPages)
    .option(
      "--max-page-operations <n>",
      "refuse PDF pages with more drawing operations than this",
      parsePositive,
      defaultExtractOptions.maxPageOperations,
    );
}

export const extractLimits = (flags: LimitFlags): ExtractOptions => ({
  maxFileBytes: flags.maxFileSize * 1024 * 1024,
  maxPages: flags.maxPages,
  maxPageOperations: flags.maxPageOperations,
});
