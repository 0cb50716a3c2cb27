import type { Command } from "commander";
import type { TailorFlags } from "./actions/tailor.js";
import { addLimitOptions, type CliIo } from "./shared.js";

/** `ats-score tailor`; the work is in actions/tailor.ts, loaded when the command runs. */
export function registerTailor(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = program
    .command("tailor")
    .description("a ranked plan to target your resume at a job: keywords, skills, experience, format")
    .argument("<resume>", "resume file")
    .option("-j, --job <id|file...>", "job posting(s); several show what is common and what is specific")
    .option("--json", "the plan as JSON")
    .option("--markdown", "the plan as a Markdown checklist")
    .option("--have <skills>", "comma-separated skills you confirm you have; the only skills ever added")
    .option("--write <file>", "write a tailored copy (Markdown, text or JSON Resume input) with only safe edits")
    .option("--force", "with --write: replace an existing file (keeps a .bak copy)")
    .option("--no-color", "plain output")
    .option("--postings-dir <dir...>", "extra folders of posting YAML files")
    .addHelpText(
      "after",
      `
Examples:
  $ ats-score tailor resume.pdf --job netflix-ml-intern
  $ ats-score tailor resume.md --job netflix-ml-intern --markdown > plan.md
  $ ats-score tailor resume.md --job netflix-ml-intern --have "Spark, Keras" --write tailored.md`,
    );
  addLimitOptions(command).action(async (resume: string, flags: TailorFlags) => {
    const { tailorCommand } = await import("./actions/tailor.js");
    setExit(await tailorCommand(resume, flags, io));
  });
}
