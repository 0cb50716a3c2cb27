/**
 * Validates every bundled posting and writes it, expanded from the knowledge base, as JSON to
 * dist/postings/<id>.json with the hashes of its YAML and of the knowledge base, so a cold start skips the
 * YAML parser and the knowledge base (see compiledPosting in src/posting/load.ts). Part of `npm run build`;
 * an invalid posting fails the build with its file:line:col.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expandPosting, knowledgeBaseHash } from "../dist/kb/index.js";
import { bundledPostingsDir, compiledPostingsDir, parsePosting, postingHash } from "../dist/posting/load.js";

mkdirSync(compiledPostingsDir, { recursive: true });
let count = 0;
for (const name of readdirSync(bundledPostingsDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()) {
  const file = path.join(bundledPostingsDir, name);
  const text = readFileSync(file, "utf8");
  const posting = expandPosting(parsePosting(text, path.join("postings", name)));
  const target = path.join(compiledPostingsDir, `${name.replace(/\.ya?ml$/, "")}.json`);
  writeFileSync(target, JSON.stringify({ hash: postingHash(text), kbHash: knowledgeBaseHash(), posting }));
  count++;
}
console.log(`compiled ${count} bundled postings into ${path.relative(process.cwd(), compiledPostingsDir)}`);
