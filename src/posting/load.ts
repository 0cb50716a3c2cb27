import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Node } from "yaml";
import { PostingError } from "../errors.js";
import { packageRoot } from "../io/package-root.js";
import { getSkill, knowledgeBaseHash } from "../kb/index.js";
import type { Posting } from "../types.js";
import { validateAgainstSchema, type SchemaNode, type SchemaProblem } from "./validate-schema.js";

/** Postings larger than this are not job specs; refusing them bounds parse time and memory. */
export const MAX_POSTING_BYTES = 2 * 1024 * 1024;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** The bundled postings folder, found from this module's location so it works from any cwd. */
export const bundledPostingsDir = path.join(packageRoot, "postings");

let cachedSchema: SchemaNode | undefined;
export function postingSchema(): SchemaNode {
  cachedSchema ??= JSON.parse(readFileSync(path.join(bundledPostingsDir, "posting.schema.json"), "utf8"));
  return cachedSchema as SchemaNode;
}

const describePath = (segments: (string | number)[]): string =>
  segments.reduce<string>(
    (text, segment) => (typeof segment === "number" ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    "",
  ) || "the posting";

/** Finds the YAML node at `segments` (or its key) to report a line and column. */
function locate(doc: ReturnType<typeof parseDocument>, segments: (string | number)[], atKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === segment);
      if (!pair) break;
      const keyNode = pair.key as Node;
      offset = keyNode.range?.[0] ?? offset;
      if (atKey && segment === segments[segments.length - 1]) break;
      node = pair.value;
      if ((node as Node | null)?.range) offset = (node as Node).range![0];
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      offset = (node as Node | undefined)?.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/** Checks what a schema cannot: unique ids and references between skills, areas and requirements. */
function crossCheck(posting: Posting): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const areaIds = new Set(posting.areas.map((area) => area.id));
  const skillIds = new Set<string>();
  const allSkills = [
    ...posting.skills.map((s) => ["skills", s] as const),
    ...posting.softSkills.map((s) => ["softSkills", s] as const),
  ];
  const indexIn: Record<string, number> = { skills: 0, softSkills: 0 };
  for (const [list, skill] of allSkills) {
    const index = indexIn[list]++;
    if (skillIds.has(skill.id)) {
      problems.push({ path: [list, index, "id"], message: `repeats the skill id "${skill.id}"`, atKey: false });
    }
    skillIds.add(skill.id);
    if (skill.area !== undefined && !areaIds.has(skill.area)) {
      problems.push({
        path: [list, index, "area"],
        message: `names the unknown area "${skill.area}" (define it under areas)`,
        atKey: false,
      });
    }
    (skill.kb ?? []).forEach((id, kbIndex) => {
      if (!getSkill(id)) {
        problems.push({
          path: [list, index, "kb", kbIndex],
          message: `names the unknown knowledge-base entry "${id}" (ids are in data/skills-kb.json)`,
          atKey: false,
        });
      }
    });
  }
  posting.requirements.forEach((requirement, index) => {
    requirement.skills.forEach((id, skillIndex) => {
      if (!skillIds.has(id)) {
        problems.push({
          path: ["requirements", index, "skills", skillIndex],
          message: `names the unknown skill "${id}"`,
          atKey: false,
        });
      }
    });
    if (requirement.kind === "any-skill" && requirement.skills.length === 0) {
      problems.push({
        path: ["requirements", index, "skills"],
        message: "must list at least one skill id for kind any-skill",
        atKey: false,
      });
    }
  });
  return problems;
}

/** Parses and validates posting YAML text. `file` names it in error messages. */
export function parsePosting(text: string, file: string): Posting {
  const lineCounter = new LineCounter();
  // Alias limits stop "billion laughs" documents; unique keys catch copy-paste mistakes.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new PostingError(
      "posting-syntax",
      `${position(first.pos[0])}: invalid YAML: ${first.message.split("\n")[0]}`,
    );
  }
  // Keys that would reach Object.prototype when the YAML becomes JavaScript objects.
  let forbidden: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        forbidden = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (forbidden) {
    const key = String((forbidden as { value?: unknown }).value);
    throw new PostingError(
      "posting-invalid",
      `${position(forbidden.range?.[0] ?? 0)}: ${key} is not a known key (it is never allowed)`,
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new PostingError("posting-syntax", `${file}: invalid YAML: ${(error as Error).message}`);
  }
  const problems = validateAgainstSchema(postingSchema(), value);
  if (problems.length === 0) problems.push(...crossCheck(value as Posting));
  if (problems.length > 0) {
    const first = problems[0];
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw new PostingError(
      "posting-invalid",
      `${position(locate(doc, first.path, first.atKey))}: ${describePath(first.path)} ${first.message}${more}`,
    );
  }
  return value as Posting;
}

export function loadPostingFile(file: string): Posting {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new PostingError("posting-not-file", `${file}: not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof PostingError) throw error;
    throw new PostingError("posting-missing", `${file}: posting file not found`);
  }
  if (size > MAX_POSTING_BYTES) {
    throw new PostingError("posting-too-large", `${file}: posting is ${size} bytes; the limit is ${MAX_POSTING_BYTES}`);
  }
  const text = readFileSync(file, "utf8");
  return compiledPosting(file, text) ?? parsePosting(text, file);
}

/**
 * Bundled postings are validated at build time into dist/postings/<id>.json (scripts/compile-postings.mjs),
 * with their concepts already expanded from the knowledge base (expandPosting): parsing a large YAML file
 * with a cold JIT costs a cold start some 80 ms, and loading the knowledge base to expand it another 50. The
 * copy is used only while its hashes match the YAML beside it and the knowledge base, so an edited posting
 * or a rebuilt knowledge base is always read afresh.
 */
export const compiledPostingsDir = path.join(packageRoot, "dist", "postings");

export const postingHash = (text: string) => createHash("sha256").update(text).digest("hex");

function compiledPosting(file: string, text: string): Posting | undefined {
  if (path.resolve(path.dirname(file)) !== path.resolve(bundledPostingsDir)) return undefined;
  const compiled = path.join(compiledPostingsDir, `${path.basename(file).replace(/\.ya?ml$/, "")}.json`);
  try {
    const { hash, kbHash, posting } = JSON.parse(readFileSync(compiled, "utf8")) as {
      hash: string;
      kbHash: string;
      posting: Posting;
    };
    return hash === postingHash(text) && kbHash === knowledgeBaseHash() ? posting : undefined;
  } catch {
    return undefined;
  }
}

export interface PostingSource {
  /** Extra folders of user postings, searched after the bundled ones. */
  dirs?: string[];
}

const postingFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
    : [];

/** Every known posting id with the file it comes from (bundled first; a user file may not shadow one). */
export function listPostingFiles(source: PostingSource = {}): { id: string; file: string; bundled: boolean }[] {
  const entries: { id: string; file: string; bundled: boolean }[] = [];
  const seen = new Set<string>();
  const folders = [
    { dir: bundledPostingsDir, bundled: true },
    ...(source.dirs ?? []).map((dir) => ({ dir, bundled: false })),
  ];
  for (const { dir, bundled } of folders) {
    for (const name of postingFiles(dir)) {
      const id = name.replace(/\.ya?ml$/, "");
      if (seen.has(id)) continue;
      seen.add(id);
      entries.push({ id, file: path.join(dir, name), bundled });
    }
  }
  return entries;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

const looksLikePath = (reference: string) => /[\\/]/.test(reference) || /\.ya?ml$/i.test(reference);

/** Resolves `--job`: a path to a YAML file, or the id of a bundled or user posting. */
export function loadPosting(reference: string, source: PostingSource = {}): Posting {
  if (looksLikePath(reference)) {
    // Only posting files are read: a path such as ../../etc/passwd is refused before it is opened.
    if (!/\.ya?ml$/i.test(reference)) {
      throw new PostingError("posting-not-yaml", `${reference}: a posting file must be a .yaml or .yml file`);
    }
    return loadPostingFile(reference);
  }
  if (!SLUG.test(reference)) {
    throw new PostingError(
      "posting-bad-id",
      `"${reference}" is not a job id (ids use lower-case letters, digits and hyphens; pass a .yaml path to load a file)`,
    );
  }
  const known = listPostingFiles(source);
  const entry = known.find((candidate) => candidate.id === reference);
  if (entry) return loadPostingFile(entry.file);
  const closest = [...known].sort((a, b) => editDistance(reference, a.id) - editDistance(reference, b.id))[0];
  const hint =
    closest && editDistance(reference, closest.id) <= Math.max(3, reference.length / 3)
      ? ` did you mean "${closest.id}"?`
      : "";
  const list = known.map((candidate) => candidate.id).join(", ") || "none";
  throw new PostingError(
    "posting-unknown",
    `unknown job "${reference}";${hint} known jobs: ${list} (ats-score postings lists them)`,
  );
}
