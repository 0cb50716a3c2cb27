import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { addLimitOptions, EXIT, extractLimits, useColor, type CliIo, type LimitFlags } from "./shared.js";

interface ViewFlags extends LimitFlags {
  json?: boolean;
  color: boolean;
}

async function viewCommand(resume: string | undefined, flags: ViewFlags, io: CliIo): Promise<number> {
  if (!resume) throw new UsageError("missing the resume file; usage: ats-score view <resume> [--json]");
  const [{ extractDocument }, { formatView }] = await Promise.all([
    import("../extract/index.js"),
    import("../format/view.js"),
  ]);
  const doc = await extractDocument(resume, extractLimits(flags));
  io.stdout(flags.json ? `${JSON.stringify(doc, null, 2)}\n` : formatView(doc, { color: useColor(flags, io) }));
  return EXIT.ok;
}

/** `ats-score view <resume>`: the text as an ATS would get it, with markers where it is lost or scrambled. */
export function registerView(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const command = program
    .command("view")
    .description(
      "print the resume's text as extracted, in reading order, marking headers, columns, tables and hidden text",
    )
    .argument("[resume]", "resume file: .pdf, .docx, .txt or .md")
    .option("--json", "print the extracted Document as JSON")
    .option("--no-color", "plain output (also when NO_COLOR is set or stdout is not a terminal)");
  addLimitOptions(command).action(async (resume: string | undefined, flags: ViewFlags) =>
    setExit(await viewCommand(resume, flags, io)),
  );
}
