import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** A folder far bigger than a test can wait for, so Ctrl-C always lands mid-run. */
const FILES = 2000;
const big = mkdtempSync(path.join(tmpdir(), "ats-sigint-"));
const source = readFileSync("fixtures/resumes/ms-data-scientist/resume.md");
for (let index = 0; index < FILES; index++)
  writeFileSync(path.join(big, `resume-${String(index).padStart(4, "0")}.md`), source);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the installed CLI and sends SIGINT once `rows` JSON lines are out, or after `afterMs`. */
function interruptedRun(args: string[], when: { rows: number } | { afterMs: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/ats-score.js", "batch", big, "--job", "netflix-ml-intern", ...args]);
    let stdout = "";
    let stderr = "";
    let sent = false;
    const interrupt = () => {
      if (sent) return;
      sent = true;
      child.kill("SIGINT");
    };
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if ("rows" in when && stdout.split("\n").length > when.rows) interrupt();
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    if ("afterMs" in when) setTimeout(interrupt, when.afterMs);
  });
}

describe("Ctrl-C during a batch", () => {
  it("stops streaming JSON Lines cleanly: every printed row is whole, exit 130", async () => {
    const run = await interruptedRun(["--format", "jsonl"], { rows: 3 });
    expect(run.code).toBe(130);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThan(FILES);
    // Input order: the rows are the first files of the folder, none skipped.
    lines.forEach((line, index) =>
      expect(JSON.parse(line).file).toBe(path.join(big, `resume-${String(index).padStart(4, "0")}.md`)),
    );
    expect(run.stderr).toMatch(/of \d+ resumes scored .*interrupted: the results are partial\n$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints the ranked table of the resumes scored so far", async () => {
    const run = await interruptedRun([], { afterMs: 3000 });
    expect(run.code).toBe(130);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^RANK\s+FILE\s+OVERALL/);
    const rows = lines.filter((line) => /^\s+\d+\s/.test(line));
    const scored = Number(/(\d+) of \d+ resumes scored/.exec(run.stderr)?.[1]);
    expect(rows.length).toBe(scored);
    expect(scored).toBeLessThan(FILES);
  });
});
