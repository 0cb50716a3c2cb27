import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

const strong = "fixtures/resumes/strong-phd-recsys/resume.pdf";
const ESC = String.fromCharCode(27);
const run = promisify(execFile);
const hasScript = existsSync("/usr/bin/script");

describe("the spinner", () => {
  it("draws on the stderr the CLI was given, only on a terminal wide enough", async () => {
    const args = [strong, "--job", "netflix-ml-intern"];
    const drawn = await runCli(args, { stderrIsTTY: true, stderrColumns: 80 });
    expect(drawn.exitCode).toBe(0);
    expect(drawn.stderr).toContain("Reading resume.pdf");
    for (const columns of [0, 5, undefined]) {
      const quiet = await runCli(args, { stderrIsTTY: true, stderrColumns: columns });
      expect(quiet.exitCode).toBe(0);
      expect(quiet.stderr).toBe("");
    }
  });

  it("has no colour under NO_COLOR", async () => {
    const args = [strong, "--job", "netflix-ml-intern"];
    const plain = await runCli(args, { stderrIsTTY: true, stderrColumns: 80, env: { NO_COLOR: "1" } });
    expect(plain.stderr).toContain("Reading resume.pdf");
    expect(plain.stderr).not.toMatch(new RegExp(`${ESC}\\[3\\dm`));
  });

  it.skipIf(!hasScript)(
    "ends on a terminal that reports 0 columns (it used to redraw forever and ignore signals)",
    async () => {
      const command = `stty cols 0 rows 0; ${process.execPath} bin/ats-score.js ${strong} --job netflix-ml-intern`;
      const result = await run("script", ["-qec", command, "/dev/null"], { timeout: 20_000, maxBuffer: 1 << 20 });
      expect(result.stdout).toContain("Overall");
      expect(result.stdout.length).toBeLessThan(20_000);
    },
    30_000,
  );
});
