import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BatchReport } from "../../src/types.js";
import { runCli } from "./run-cli.js";

/** Writes files (relative path → content) into a new temporary folder and returns its path. */
export function makeFolder(prefix: string, files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

export const fixture = (name: string) => readFileSync(path.join("fixtures/resumes", name));

/** A second, small posting, for resume × job matrices. */
export function frontendPosting(): string {
  const folder = makeFolder("ats-posting-", {
    "frontend-dev.yaml": [
      "id: frontend-dev",
      "title: Frontend Developer",
      "company: Acme",
      "skills:",
      "  - { id: react, name: React }",
      "  - { id: typescript, name: TypeScript }",
      "  - { id: css, name: CSS }",
      "requirements: []",
      "",
    ].join("\n"),
  });
  return path.join(folder, "frontend-dev.yaml");
}

/**
 * Runs `ats-score batch … --format json` in-process and parses the report. One worker unless told otherwise:
 * test files run side by side, and a small folder gains nothing from a second thread's start-up.
 */
export async function batchJson(args: string[], workers = 1) {
  const result = await runCli(["batch", ...args, "--format", "json", "--workers", String(workers)]);
  return { ...result, batch: JSON.parse(result.stdout) as BatchReport };
}
