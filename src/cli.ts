import { Command, CommanderError } from "commander";
import { registerBatch } from "./commands/batch.js";
import { registerPosting } from "./commands/posting.js";
import { registerPostings } from "./commands/postings.js";
import { registerScore } from "./commands/score.js";
import { registerTailor } from "./commands/tailor.js";
import { registerView } from "./commands/view.js";
import { EXIT, type CliIo } from "./commands/shared.js";
import { AtsError } from "./errors.js";
import { version } from "./version.js";

export { EXIT, type CliIo } from "./commands/shared.js";

const EXAMPLES = `
Examples:
  $ ats-score resume.pdf --job netflix-ml-intern           coloured report
  $ ats-score resume.pdf --job netflix-ml-intern --json    one JSON object for scripts and CI
  $ ats-score resume.md --job ./my-posting.yaml --min-score 70 || echo "below 70"
  $ ats-score postings                                      list the bundled job postings

Exit codes: 0 scored (and passed --min-score), 1 scored below --min-score, 2 could not score
(bad arguments, unreadable resume, invalid or unknown posting).`;

/** Each command lives in src/commands/<name>.ts and registers itself here. */
function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("ats-score");
  program
    .description("Check how an applicant tracking system reads your resume and how well it matches a job. Offline.")
    .version(version, "-V, --version")
    .option("--debug", "print stack traces of unexpected errors")
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError(true)
    .enablePositionalOptions();
  // Set before the commands are added: each subcommand copies these settings when it is created.
  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
    outputError: (text, write) => write(text.startsWith("error:") ? `ats-score: ${text.slice(7)}` : text),
  });
  registerScore(program, io, setExit);
  registerPostings(program, io, setExit);
  registerView(program, io, setExit);
  registerPosting(program, io, setExit);
  registerBatch(program, io, setExit);
  registerTailor(program, io, setExit);
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
    const message = (error as Error)?.message ?? String(error);
    io.stderr(`ats-score: unexpected error: ${message}${debug ? "" : " (rerun with --debug for details)"}\n`);
    if (debug) io.stderr(`${(error as Error)?.stack ?? ""}\n`);
    return EXIT.error;
  }
}
