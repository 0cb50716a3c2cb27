/**
 * Runs the built CLI in this one process over many argument lists, with every network API made to
 * throw first, and prints one JSON result per run: exit code, output, time and peak RSS so far.
 *
 * Usage: node test/helpers/corpus-runner.mjs '<json array of argv arrays>'
 */
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

const refuse = (what) => () => {
  throw new Error(`network access attempted: ${what}`);
};
net.Socket.prototype.connect = refuse("net.Socket.connect");
net.connect = net.createConnection = refuse("net.connect");
tls.connect = refuse("tls.connect");
http.request = http.get = refuse("http.request");
https.request = https.get = refuse("https.request");
dns.lookup = refuse("dns.lookup");
dns.resolve = refuse("dns.resolve");
globalThis.fetch = refuse("fetch");

const { main } = await import("../../dist/cli.js");
const runs = JSON.parse(process.argv[2]);
const results = [];
for (const argv of runs) {
  let stdout = "";
  let stderr = "";
  const started = performance.now();
  const exitCode = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    columns: 100,
  });
  results.push({
    argv,
    exitCode,
    stdoutBytes: stdout.length,
    stdout,
    stderr,
    ms: Math.round(performance.now() - started),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  });
}
process.stdout.write(JSON.stringify(results));
