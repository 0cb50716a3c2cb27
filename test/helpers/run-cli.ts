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
