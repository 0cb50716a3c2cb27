import { main, type CliIo } from "../../src/cli.js";

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams, as a non-TTY unless told otherwise. */
export async function runCli(args: string[], overrides: Partial<CliIo> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const exitCode = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    columns: 100,
    ...overrides,
  });
  return { exitCode, stdout, stderr };
}

/** One row of a CLI case table: the arguments and what the run must give. */
export interface CliCase {
  name: string;
  args: string[];
  exitCode: number;
  stdout?: RegExp;
  stderr?: RegExp;
  /** An error is one line naming the file, with no stack trace and nothing on stdout. */
  oneLineError?: boolean;
}

/** Runs a case in-process and checks it. */
export async function checkCliCase({ args, exitCode, stdout, stderr, oneLineError }: CliCase): Promise<void> {
  const { expect } = await import("vitest");
  const result = await runCli(args);
  expect(result.exitCode, result.stderr).toBe(exitCode);
  if (stdout) expect(result.stdout).toMatch(stdout);
  if (stderr) expect(result.stderr).toMatch(stderr);
  if (oneLineError) {
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  }
}
