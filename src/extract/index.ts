import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../errors.js";
import type { Document, InputFormat } from "../types.js";
import { jsonResumeToDocument } from "./json-resume.js";
import { defaultExtractOptions, type ExtractOptions } from "./options.js";
import { textToDocument } from "./text.js";

export { defaultExtractOptions, type ExtractOptions } from "./options.js";

/** What the bytes are, whatever the file is called. */
export type Sniffed = InputFormat | "zip" | "image" | "binary" | "unknown";

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

export function sniffFormat(bytes: Uint8Array): Sniffed {
  // PDF readers accept the header anywhere in the first KB; so do we.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
  ) {
    return "image";
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "binary";
  return "unknown";
}

/** Decodes text input: UTF-8 (with or without BOM) or UTF-16 with a BOM; refuses binary. */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0))
    throw new InputError(file, "binary", "this is a binary file, not text; save the resume as PDF, DOCX or plain text");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Legacy editors save Windows-1252; decoding it as such keeps accented names readable.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const TEXT_EXTENSIONS: Record<string, InputFormat> = { ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md" };

/** Reads a resume file into a Document. Every failure is an InputError naming the file. */
export async function extractDocument(file: string, limits: Partial<ExtractOptions> = {}): Promise<Document> {
  const options: Required<ExtractOptions> = { ...defaultExtractOptions, ...limits };
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory())
      throw new InputError(file, "is-directory", "is a folder; use `ats-score batch` to score a folder");
    if (!info.isFile()) throw new InputError(file, "not-file", "is not a regular file");
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "EACCES"
      ? new InputError(file, "no-access", "permission denied; check the file's permissions")
      : new InputError(file, "missing", "file not found");
  }
  if (size === 0) throw new InputError(file, "empty", "the file is empty (0 bytes)");
  if (size > options.maxFileBytes) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    throw new InputError(
      file,
      "too-large",
      `the file is ${mb(size)}; the limit is ${mb(options.maxFileBytes)} (raise it with --max-file-size)`,
    );
  }
  const bytes = new Uint8Array(await readFile(file));
  const extension = path.extname(file).toLowerCase();
  const sniffed = sniffFormat(bytes);
  switch (sniffed) {
    case "pdf": {
      const { extractPdf } = await import("./pdf.js");
      return extractPdf(file, bytes, options);
    }
    case "image":
      throw new InputError(
        file,
        "image-file",
        "this is an image, not a document; an ATS cannot read it. Export the resume as PDF or DOCX with real text",
      );
    case "zip": {
      const { extractDocx } = await import("./docx.js");
      return extractDocx(file, bytes);
    }
    case "binary":
      // Word saves a password-protected .docx inside an OLE container with an "EncryptedPackage" stream.
      if (Buffer.from(bytes).includes(Buffer.from("EncryptedPackage", "utf16le")))
        throw new InputError(file, "docx-encrypted", "the DOCX is password-protected; save an unprotected copy");
      throw new InputError(
        file,
        "legacy-office",
        "this is a legacy binary Office file (.doc); save it as .docx or PDF",
      );
    default: {
      if (extension === ".pdf")
        throw new InputError(file, "pdf-invalid", "not a valid PDF (no PDF header); export it again");
      if (extension === ".docx")
        throw new InputError(
          file,
          "docx-invalid",
          "not a valid DOCX (not a ZIP package); save it again from your editor",
        );
      const text = decodeText(file, bytes);
      if (text.trim().length === 0) throw new InputError(file, "empty", "the file has no text");
      if (extension === ".json") return jsonResumeToDocument(file, text, size);
      return textToDocument(text, { path: file, format: TEXT_EXTENSIONS[extension] ?? "txt", bytes: size });
    }
  }
}
