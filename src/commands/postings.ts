import type { Command } from "commander";
import { listPostingFiles, loadPostingFile } from "../posting/load.js";
import { EXIT, postingDirs, type CliIo } from "./shared.js";

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

export function registerPostings(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("postings")
    .description("list the job postings you can score against")
    .option("--json", "print them as JSON")
    .option("--postings-dir <dir...>", "extra folders of posting YAML files")
    .action((flags: { postingsDir?: string[]; json?: boolean }) => setExit(postingsCommand(flags, io)));
}
