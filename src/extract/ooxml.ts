/**
 * The parts of a DOCX package mammoth does not tell about, read with fflate: header and footer text, text
 * boxes, hidden runs (w:vanish, white, under 4 pt), tables and pictures. The package is checked against zip
 * bombs before anything is expanded.
 */
import { unzipSync, zipSync, type Unzipped } from "fflate";
import { InputError } from "../errors.js";
import type { HiddenReason } from "../types.js";

/** Limits on what a resume package may expand to. */
export const ZIP_LIMITS = { entries: 2000, partBytes: 20 * 1024 * 1024, totalBytes: 60 * 1024 * 1024 };

/** The XML parts of the package, after checking the sizes its directory declares. */
export function readPackage(file: string, bytes: Uint8Array, limits = ZIP_LIMITS): Unzipped {
  let entries = 0;
  let total = 0;
  let tooLarge = "";
  const isXml = (name: string) => /\.(?:xml|rels)$/i.test(name);
  let parts: Unzipped;
  try {
    // The filter sees each entry's declared size before any byte is inflated; fflate never writes past it.
    parts = unzipSync(bytes, {
      filter(info) {
        entries++;
        total += info.originalSize;
        if (info.originalSize > limits.partBytes) tooLarge ||= info.name;
        return isXml(info.name) && info.originalSize <= limits.partBytes && info.compression !== 14;
      },
    });
  } catch {
    throw new InputError(file, "docx-invalid", "not a valid DOCX (the ZIP package is damaged); save it again");
  }
  if (entries > limits.entries || total > limits.totalBytes || tooLarge)
    throw new InputError(
      file,
      "docx-too-large",
      `the DOCX expands to ${(total / 1024 / 1024).toFixed(0)} MB in ${entries} parts, more than a resume can need (a zip bomb?); save it again`,
    );
  if (!parts["word/document.xml"])
    throw new InputError(file, "docx-invalid", "not a Word document (no word/document.xml); save it as .docx");
  return parts;
}

/** A package holding only the checked XML parts: what mammoth is allowed to read. */
export const repackage = (parts: Unzipped): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { level: 0 }]])));

export interface WordPart {
  /** Paragraph texts outside text boxes, in order. */
  paragraphs: string[];
  /** Paragraph texts inside text boxes (each box once, although Word stores a fallback copy). */
  textBoxes: string[];
  hidden: { text: string; reason: HiddenReason }[];
  tables: number;
  pictures: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
export const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === "#"
      ? String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (ENTITIES[name] ?? whole),
  );

const attribute = (attributes: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1];
const isOff = (attributes: string) => /w:val="(?:0|false|off)"/.test(attributes);

/** Why a run with these properties cannot be seen, if it cannot. */
function runHiddenReason(properties: Map<string, string>): HiddenReason | undefined {
  if (properties.has("w:vanish") || properties.has("w:specVanish")) return "vanish";
  const size = Number(attribute(properties.get("w:sz") ?? "", "w:val"));
  if (size > 0 && size < 8) return "tiny";
  const colour = attribute(properties.get("w:color") ?? "", "w:val")?.toUpperCase();
  // White text is hidden on white paper, unless the run is shaded or highlighted.
  if (colour === "FFFFFF" && !properties.has("w:shd") && !properties.has("w:highlight")) return "background-colour";
  return undefined;
}

/** Walks a WordprocessingML part (document, header or footer) with a tag tokenizer. */
export function readWordPart(xml: string): WordPart {
  const result: WordPart = { paragraphs: [], textBoxes: [], hidden: [], tables: 0, pictures: 0 };
  const paragraphs: string[] = [];
  let run: { text: string; properties: Map<string, string> } | undefined;
  let inRunProperties = false;
  let inText = false;
  let textBoxDepth = 0;
  let fallbackDepth = 0;
  const seenBoxes = new Set<string>();
  for (const match of xml.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, name, attributes = "", selfClosing, text] = match;
    if (text !== undefined) {
      if (inText && run && fallbackDepth === 0) run.text += decodeXml(text);
      continue;
    }
    if (name === "mc:Fallback") fallbackDepth += closing ? -1 : selfClosing ? 0 : 1;
    if (fallbackDepth > 0) continue;
    const opening = !closing;
    switch (name) {
      case "w:p":
        if (opening && !selfClosing) paragraphs.push("");
        else if (closing) {
          const paragraph = (paragraphs.pop() ?? "").replace(/\s+/g, " ").trim();
          if (!paragraph) break;
          if (textBoxDepth > 0) {
            if (!seenBoxes.has(paragraph)) result.textBoxes.push(paragraph);
            seenBoxes.add(paragraph);
          } else result.paragraphs.push(paragraph);
        }
        break;
      case "w:txbxContent":
        textBoxDepth += closing ? -1 : selfClosing ? 0 : 1;
        break;
      case "w:r":
        if (opening && !selfClosing) run = { text: "", properties: new Map() };
        else if (closing && run) {
          const reason = runHiddenReason(run.properties);
          if (reason && run.text.trim()) result.hidden.push({ text: run.text.replace(/\s+/g, " ").trim(), reason });
          if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += run.text;
          run = undefined;
        }
        break;
      case "w:rPr":
        inRunProperties = opening && !selfClosing && run !== undefined;
        break;
      case "w:t":
        inText = opening && !selfClosing;
        break;
      case "w:tab":
      case "w:br":
        if (run && !inRunProperties) run.text += " ";
        break;
      case "w:tbl":
        if (opening) result.tables++;
        break;
      case "a:blip":
      case "v:imagedata":
        if (opening) result.pictures++;
        break;
      default:
        if (inRunProperties && run && opening && !isOff(attributes)) run.properties.set(name, attributes);
    }
  }
  return result;
}
