import type { Command } from "commander";
import path from "node:path";
import { AtsError } from "../errors.js";
import type { Posting } from "../types.js";
import { EXIT, postingDirs, type CliIo } from "./shared.js";

/** One posting as `ats-score postings` lists it. */
export interface PostingRow {
  id: string;
  title: string;
  company: string;
  skills: number;
  required: number;
  preferred: number;
  softSkills: number;
  requirements: number;
  areas: number;
  /** "bundled", or the user folder the file is in. */
  source: string;
  file: string;
}

function postingRow(posting: Posting, entry: { id: string; file: string; bundled: boolean }): PostingRow {
  const required = posting.skills.filter((skill) => skill.importance === "required").length;
  return {
    id: entry.id,
    title: posting.title,
    company: posting.company,
    skills: posting.skills.length,
    required,
    preferred: posting.skills.length - required,
    softSkills: posting.softSkills.length,
    requirements: posting.requirements.length,
    areas: posting.areas.length,
    source: entry.bundled ? "bundled" : path.dirname(entry.file),
    file: entry.file,
  };
}

function table(rows: PostingRow[]): string {
  const heading = { id: "ID", job: "TITLE · COMPANY" };
  const jobs = rows.map((row) => `${row.title} · ${row.company}`);
  const idWidth = Math.max(heading.id.length, ...rows.map((row) => row.id.length));
  const jobWidth = Math.max(heading.job.length, ...jobs.map((job) => job.length));
  const lines = [
    `${heading.id.padEnd(idWidth)}  SKILLS  ${heading.job.padEnd(jobWidth)}  REQUIRED  PREFERRED  FROM`,
    ...rows.map(
      (row, index) =>
        `${row.id.padEnd(idWidth)}  ${String(row.skills).padStart(6)}  ${jobs[index].padEnd(jobWidth)}  ` +
        `${String(row.required).padStart(8)}  ${String(row.preferred).padStart(9)}  ${row.source}`,
    ),
  ];
  return `${lines.map((line) => line.trimEnd()).join("\n")}\n`;
}

async function postingsCommand(flags: { postingsDir?: string[]; json?: boolean }, io: CliIo): Promise<number> {
  const { listPostingFiles, loadPostingFile } = await import("../posting/load.js");
  const rows: PostingRow[] = [];
  const problems: string[] = [];
  for (const entry of listPostingFiles({ dirs: postingDirs(flags, io) })) {
    try {
      rows.push(postingRow(loadPostingFile(entry.file), entry));
    } catch (error) {
      // One broken user file should not hide the others: list them, then report it and exit 2.
      if (!(error instanceof AtsError)) throw error;
      problems.push(error.message);
    }
  }
  io.stdout(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
  for (const problem of problems) io.stderr(`ats-score: ${problem}\n`);
  return problems.length > 0 ? EXIT.error : EXIT.ok;
}

export function registerPostings(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("postings")
    .description("list the job postings you can score against: bundled ones and your folders")
    .option("--json", "print them as JSON")
    .option("--postings-dir <dir...>", "extra folders of posting YAML files (also $ATS_SCORE_POSTINGS)")
    .action(async (flags: { postingsDir?: string[]; json?: boolean }) => setExit(await postingsCommand(flags, io)));
}
