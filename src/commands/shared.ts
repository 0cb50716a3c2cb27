import { InvalidArgumentError, type Command } from "commander";
import { defaultExtractOptions, type ExtractOptions } from "../extract/options.js";
import path from "node:path";
import { safeLine } from "../format/terminal-safe.js";

/** The streams and environment the CLI runs in; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** Width of stdout's terminal (absent or 0 when unknown). */
  columns?: number;
  /** Width of stderr's terminal, for the spinner (absent or 0 when unknown). */
  stderrColumns?: number;
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

/** Narrower terminals (or ones reporting 0 columns, as `script` and some CI shells do) get no spinner. */
const MIN_SPINNER_COLUMNS = 20;

/** The width the pretty formats lay out for: stdout's terminal when it reports one, never under 40. */
export const outputWidth = (io: CliIo, fallback: number) =>
  io.columns !== undefined && Number.isFinite(io.columns) && io.columns > 0 ? Math.max(40, io.columns) : fallback;

/**
 * A stand-in for stderr that ora can draw on: it writes through `io.stderr`, so the spinner never goes past
 * the streams the CLI was given, and it reports a width ora can divide by.
 */
function spinnerStream(io: CliIo, columns: number) {
  const write = (text: string) => {
    io.stderr(text);
    return true;
  };
  return {
    isTTY: true,
    columns,
    rows: 24,
    write,
    cursorTo: (x: number) => write(`\u001b[${x + 1}G`),
    moveCursor: (_dx: number, dy: number) =>
      dy < 0 ? write(`\u001b[${-dy}A`) : dy > 0 ? write(`\u001b[${dy}B`) : true,
    clearLine: () => write("\u001b[0K"),
    on: () => undefined,
    once: () => undefined,
    removeListener: () => undefined,
  };
}

export async function withSpinner<T>(io: CliIo, enabled: boolean, text: string, work: () => Promise<T>): Promise<T> {
  const columns = io.stderrColumns ?? 0;
  if (!enabled || !io.stderrIsTTY || !Number.isFinite(columns) || columns < MIN_SPINNER_COLUMNS) return work();
  if (io.env.TERM === "dumb") return work();
  const { default: ora } = await import("ora");
  const colour = !("NO_COLOR" in io.env && io.env.NO_COLOR !== "");
  const label = safeLine(text);
  const spinner = ora({
    text: label.length > columns - 3 ? `${label.slice(0, columns - 4)}…` : label,
    stream: spinnerStream(io, columns) as unknown as NodeJS.WriteStream,
    color: colour ? "cyan" : false,
    isEnabled: true,
    discardStdin: false,
    hideCursor: false,
  }).start();
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
