/**
 * GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` lines that the runner turns
 * into annotations on the pull request, plus one notice per resume with its scores.
 */
import type { BatchReport, Severity } from "../types.js";
import { annotations, annotationText } from "./annotations.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = {
  error: "error",
  warning: "warning",
  info: "notice",
};

/** Escaping as the Actions runner expects: `%`, CR and LF in messages, and also `:` and `,` in properties. */
const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

function command(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${name} ${list}::${escapeData(message)}`;
}

export function formatGithub(batch: BatchReport): string {
  const lines: string[] = [];
  for (const row of batch.rows) {
    for (const result of row.results) {
      const { overall, keywords, skills, requirements, format } = result.scores;
      lines.push(
        command(
          "notice",
          { file: row.file, title: `ats-score ${result.job}` },
          `overall ${overall}/100 (keywords ${keywords}, skills ${skills}, requirements ${requirements}, format ${format})`,
        ),
      );
    }
  }
  for (const annotation of annotations(batch)) {
    const properties = { file: annotation.file, line: annotation.line, title: `ats-score ${annotation.ruleId}` };
    lines.push(command(COMMAND[annotation.severity], properties, annotationText(annotation, batch)));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
