import { Option, type Command } from "commander";
import { UsageError } from "../errors.js";
import type { ImportOptions } from "../posting/import/file.js";
import type { Posting } from "../types.js";
import { EXIT, type CliIo } from "./shared.js";

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

interface ImportFlags extends ImportOptions {
  output?: string;
  force?: boolean;
}

/** `--job-file`: a posting imported on the fly, with a note (pretty output only) that a reviewed spec is better. */
export async function jobFilePosting(file: string, io: CliIo, pretty: boolean): Promise<Posting> {
  const { importPostingFile } = await import("../posting/import/file.js");
  const { posting } = await importPostingFile(file);
  if (pretty) {
    io.stderr(
      `note: ${file} was imported on the fly; for a sounder score run \`ats-score posting import ${file} -o posting.yaml\`, review it and use --job posting.yaml\n`,
    );
  }
  return posting;
}

const counts = (posting: Posting) => {
  const required = posting.skills.filter((skill) => skill.importance === "required").length;
  return `${posting.skills.length} skills (${required} required, ${posting.skills.length - required} preferred), ${posting.softSkills.length} soft skills, ${posting.requirements.length} requirements, ${posting.areas.length} areas`;
};

async function importCommand(file: string, flags: ImportFlags, io: CliIo): Promise<number> {
  const { output, force, ...options } = flags;
  if (options.id !== undefined && !SLUG.test(options.id)) {
    throw new UsageError(`--id "${options.id}" is not an id; use lower-case letters, digits and hyphens`);
  }
  const { importPostingFile } = await import("../posting/import/file.js");
  const { yaml, posting } = await importPostingFile(file, options);
  if (!output) {
    io.stdout(yaml);
    return EXIT.ok;
  }
  const { writeAtomically } = await import("../io/write-file.js");
  const { backup } = await writeAtomically(output, yaml, { flag: "-o", force: Boolean(force), inputs: [file] });
  io.stderr(
    `wrote ${output}: ${posting.title} · ${posting.company}, ${counts(posting)}${backup ? `; the old file is ${backup}` : ""}\n` +
      `review the comments in it, then check it with: ats-score posting validate ${output}\n`,
  );
  return EXIT.ok;
}

async function validateCommand(file: string, io: CliIo): Promise<number> {
  const [{ loadPostingFile }, { expandConcept }] = await Promise.all([
    import("../posting/load.js"),
    import("../kb/index.js"),
  ]);
  const posting = loadPostingFile(file);
  // Knowledge-base references are checked here too, not first when a resume is scored.
  for (const skill of [...posting.skills, ...posting.softSkills]) expandConcept(skill);
  io.stdout(`${file}: OK · ${posting.id} · ${posting.title} · ${posting.company} · ${counts(posting)}\n`);
  return EXIT.ok;
}

/** `ats-score posting import|validate`. */
export function registerPosting(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const posting = program.command("posting").description("turn raw job postings into specs and check specs");
  posting
    .command("import")
    .description("import a job posting (plain text, Markdown, HTML, PDF; - for stdin) as a commented YAML spec")
    .argument("<file>", "the posting as copied from a job board, or - to read standard input")
    .option("-o, --output <file>", "write the YAML to this file instead of stdout")
    .option("--force", "replace an existing output file (the old one is kept as <file>.bak)")
    .option("--id <id>", "the spec's id (default: from company and title)")
    .option("--title <title>", "the job title, when the text does not say it clearly")
    .option("--company <name>", "the employer, when the text does not say it")
    .addOption(
      new Option("--format <format>", "how to read the input (default: detected)").choices([
        "text",
        "markdown",
        "html",
      ]),
    )
    .action(async (file: string, flags: ImportFlags) => setExit(await importCommand(file, flags, io)));
  posting
    .command("validate")
    .description("check a posting spec; prints one OK line or the first problem as file:line:col (exit 2)")
    .argument("<file>", "the posting YAML file")
    .action(async (file: string) => setExit(await validateCommand(file, io)));
}
