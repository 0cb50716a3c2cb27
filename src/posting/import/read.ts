/**
 * Reads raw posting text from a file or standard input: text, Markdown and HTML as text (UTF-8, UTF-16 with
 * a BOM, or Windows-1252); a PDF or DOCX posting through the resume extractor, one line per visual line.
 */
import { readFile, stat } from "node:fs/promises";
import { PostingError } from "../../errors.js";
import { extractDocument, sniffFormat } from "../../extract/index.js";
import { MAX_POSTING_BYTES } from "../load.js";
import { detectFormat, type ImportFormat } from "./index.js";

export interface PostingText {
  text: string;
  /** The file's base name, or "stdin". */
  name: string;
  format: ImportFormat;
}

function decode(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new PostingError(
      "posting-binary",
      `${file}: a binary file, not posting text; save the posting as text or HTML`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The text of a posting file, or of standard input when `file` is "-". */
export async function readPostingText(file: string, readStdin: () => Promise<string>): Promise<PostingText> {
  if (file === "-") {
    const text = await readStdin();
    if (text.trim() === "") throw new PostingError("posting-empty", "stdin: no posting text on standard input");
    return { text, name: "stdin", format: detectFormat(text, "") };
  }
  const name = file.split(/[\\/]/).pop() ?? file;
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new PostingError("posting-not-file", `${file}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof PostingError) throw error;
    throw new PostingError("posting-missing", `${file}: posting file not found`);
  }
  const bytes = new Uint8Array(await readFile(file));
  const sniffed = sniffFormat(bytes);
  if (sniffed === "pdf" || sniffed === "zip") {
    const doc = await extractDocument(file);
    const text = doc.lines
      .filter((line) => !line.hidden)
      .map((line) => line.text)
      .join("\n");
    if (text.trim() === "") throw new PostingError("posting-empty", `${file}: the document has no readable text`);
    return { text, name, format: "text" };
  }
  if (size > MAX_POSTING_BYTES) {
    throw new PostingError("posting-too-large", `${file}: posting is ${size} bytes; the limit is ${MAX_POSTING_BYTES}`);
  }
  const text = decode(file, bytes);
  if (text.trim() === "") throw new PostingError("posting-empty", `${file}: the file is empty`);
  return { text, name, format: detectFormat(text, name) };
}

/** Reads all of standard input as UTF-8. */
export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > MAX_POSTING_BYTES) {
      throw new PostingError("posting-too-large", `stdin: posting is over ${MAX_POSTING_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
