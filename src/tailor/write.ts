import { parseJsonResume, renderJsonResume, type JsonPath } from "../extract/json-resume.js";
import type { Document } from "../types.js";
import type { DocumentEdit, Suggestion, TailorPlan } from "./types.js";

/** Only these edit kinds are ever written: they mirror, rename or add what the user confirmed. */
const WRITABLE = new Set<Suggestion["kind"]>(["mirror-term", "rename-heading", "add-confirmed-skill"]);

export interface Rewrite {
  text: string;
  applied: Suggestion[];
}

/**
 * Applies the plan's safe suggestions to the resume's own source text (Markdown or plain text).
 * Nothing else changes: a suggestion whose text cannot be found as written is skipped.
 */
export function rewriteSource(source: string, doc: Document, plan: TailorPlan): Rewrite {
  if (doc.source.format === "json") return rewriteJsonResume(source, doc, plan);
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const markdown = doc.source.format === "md";
  const applied: Suggestion[] = [];
  const additions: string[] = [];
  for (const suggestion of plan.suggestions) {
    if (!suggestion.safe || !WRITABLE.has(suggestion.kind)) continue;
    const done = suggestion.edits.every((edit) => applyToSource(edit, lines, doc, markdown, additions));
    if (done) applied.push(suggestion);
  }
  if (additions.length > 0) insertSkills(lines, doc, additions, markdown);
  return { text: lines.join("\n"), applied };
}

function applyToSource(
  edit: DocumentEdit,
  lines: string[],
  doc: Document,
  markdown: boolean,
  additions: string[],
): boolean {
  switch (edit.type) {
    case "replace-in-line": {
      const index = doc.lines[edit.line]?.sourceLine;
      if (index === undefined || !lines[index].includes(edit.find)) return false;
      lines[index] = lines[index].replace(edit.find, edit.replace);
      return true;
    }
    case "rename-heading": {
      const index = doc.lines[edit.line]?.sourceLine;
      if (index === undefined) return false;
      const prefix = /^(\s*#{1,6}\s+)/.exec(lines[index])?.[1] ?? "";
      lines[index] = `${prefix}${markdown && prefix === "" ? "## " : ""}${edit.heading}`;
      return true;
    }
    case "add-lines":
      additions.push(...edit.texts.map((text) => text.replace(/^•\s*/, "")));
      return true;
    default:
      return false;
  }
}

/** The same safe edits, written into the JSON Resume's own strings and skills list. */
function rewriteJsonResume(source: string, doc: Document, plan: TailorPlan): Rewrite {
  const resume = parseJsonResume(doc.source.path, source);
  const { paths } = renderJsonResume(resume);
  const applied: Suggestion[] = [];
  const additions: string[] = [];
  for (const suggestion of plan.suggestions) {
    if (!suggestion.safe || !WRITABLE.has(suggestion.kind)) continue;
    const done = suggestion.edits.every((edit) => {
      if (edit.type === "add-lines") {
        additions.push(...edit.texts.map((text) => text.replace(/^•\s*/, "")));
        return true;
      }
      if (edit.type !== "replace-in-line") return false;
      const sourceLine = doc.lines[edit.line]?.sourceLine;
      const path = sourceLine === undefined ? undefined : paths[sourceLine];
      return path !== undefined && replaceAt(resume, path, edit.find, edit.replace);
    });
    if (done) applied.push(suggestion);
  }
  if (additions.length > 0) {
    const skills = Array.isArray(resume.skills) ? resume.skills : (resume.skills = []);
    (skills as unknown[]).push({ name: "Also", keywords: additions });
  }
  return { text: `${JSON.stringify(resume, null, 2)}\n`, applied };
}

/** Replaces `find` in the string at `path` (or in the first matching string of an array there). */
function replaceAt(root: Record<string, unknown>, path: JsonPath, find: string, replace: string): boolean {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], root) as
    Record<string | number, unknown> | undefined;
  const key = path[path.length - 1];
  const value = parent?.[key];
  if (typeof value === "string" && value.includes(find)) {
    parent![key] = value.replace(find, replace);
    return true;
  }
  if (Array.isArray(value)) {
    const index = value.findIndex((item) => typeof item === "string" && item.includes(find));
    if (index < 0) return false;
    value[index] = (value[index] as string).replace(find, replace);
    return true;
  }
  return false;
}

/** Adds confirmed skills as one line at the end of the skills section, or a new section at the end. */
function insertSkills(lines: string[], doc: Document, skills: string[], markdown: boolean) {
  const section = doc.sections.filter((item) => item.id === "skills").pop();
  const bullet = markdown ? "- " : "• ";
  const entry = `${bullet}${markdown ? "**Also:** " : "Also: "}${skills.join(", ")}`;
  const lastLine = section ? doc.lines[Math.max(section.endLine, section.headingLine)]?.sourceLine : undefined;
  if (lastLine !== undefined) {
    lines.splice(lastLine + 1, 0, entry);
    return;
  }
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  lines.push("", markdown ? "## Skills" : "SKILLS", "", entry, "");
}
