#!/usr/bin/env node
// The bundled CLI (scripts/bundle.mjs): one module to load instead of hundreds.
import { main } from "../dist/bundle/cli.js";

// A reader that stops early (`ats-score --help | head -1`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  columns: process.stdout.columns,
  stderrColumns: process.stderr.columns,
});
