/**
 * Small drawing helpers for the format fixtures: a page writer with word wrap, raw fonts pdf-lib cannot make
 * (a Type3 font with or without meaningful glyph names, a TrueType font that is referenced but not embedded),
 * and a tiny PNG encoder for icons and fake scans. Everything is deterministic.
 */
import { deflateSync } from "node:zlib";
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  StandardFonts,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFontAndSize,
  setTextMatrix,
  showText,
} from "pdf-lib";
import { applyFixedMetadata } from "./render-resume.mjs";

export const LETTER = [612, 792];

/** A fresh document with fixed metadata and the two Helvetica faces. */
export async function newDocument(title) {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  applyFixedMetadata(pdf, title);
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    dingbats: await pdf.embedFont(StandardFonts.ZapfDingbats),
  };
  return { pdf, fonts };
}

export const save = (pdf) => pdf.save({ useObjectStreams: false });

/** Splits text into lines no wider than `width` at `size` in `font`. */
export function wrap(text, font, size, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Writes a resume outline (see base-resume.mjs) into a column from top y downward; returns the y below it.
 * Options: bullet (the bullet character) and bulletFont, size, leading.
 */
export function writeBlocks(
  page,
  fonts,
  blocks,
  { x, y, width, size = 10, leading = 12.5, bullet = "\u2022", bulletFont = fonts.regular },
) {
  const draw = (text, atX, bold = false, textSize = size) =>
    page.drawText(text, { x: atX, y, size: textSize, font: bold ? fonts.bold : fonts.regular });
  for (const block of blocks) {
    if (block.heading) {
      y -= 6;
      draw(block.heading, x, true, size + 2);
      y -= leading + 4;
      continue;
    }
    const indent = block.bullet ? 10 : 0;
    const lines = wrap(block.text, block.bold ? fonts.bold : fonts.regular, size, width - indent);
    lines.forEach((line, index) => {
      if (block.bullet && index === 0) page.drawText(bullet, { x, y, size, font: bulletFont });
      draw(line, x + indent, block.bold);
      y -= leading;
    });
  }
  return y;
}

/** Draws text inside a graphics state set up by `operators` (render mode, colour...). */
export function drawWith(page, operators, draw) {
  page.pushOperators(pushGraphicsState(), ...operators);
  draw();
  page.pushOperators(popGraphicsState());
}

/** Adobe glyph names for printable ASCII (StandardEncoding order from 32). */
const ASCII_NAMES = (
  "space exclam quotedbl numbersign dollar percent ampersand quoteright parenleft parenright asterisk plus " +
  "comma hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal " +
  "greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash " +
  "bracketright asciicircum underscore quoteleft a b c d e f g h i j k l m n o p q r s t u v w x y z " +
  "braceleft bar braceright asciitilde"
).split(" ");

/**
 * A Type3 font without a ToUnicode map whose glyphs are plain bars. `naming` decides what a text extractor can
 * recover: "standard" uses Adobe glyph names (fi and fl ligatures included, as old LaTeX fonts do), "opaque"
 * numbers the glyphs by first use with meaningless names (as subsetting tools do), so the text is lost.
 * Returns the font's resource name and an encoder from a string to the bytes to show.
 */
export function addType3Font(pdf, page, reference, measure, naming, sample) {
  const codes = new Map();
  const names = new Map();
  const widths = new Map();
  const ligatures = naming === "standard" ? { fi: 0xae, fl: 0xaf } : {};
  const tokens = (text) => {
    const out = [];
    for (let index = 0; index < text.length; index++) {
      const pair = text.slice(index, index + 2);
      if (ligatures[pair]) {
        out.push(pair);
        index++;
      } else out.push(text[index]);
    }
    return out;
  };
  for (const token of tokens(sample)) {
    if (codes.has(token)) continue;
    const code = naming === "standard" ? (ligatures[token] ?? token.charCodeAt(0)) : codes.size + 1;
    codes.set(token, code);
    names.set(
      code,
      naming === "standard" ? (token.length === 2 ? token : ASCII_NAMES[token.charCodeAt(0) - 32]) : `g${code}`,
    );
    widths.set(code, Math.round(measure(token) * 1000));
  }
  const sortedCodes = [...names.keys()].sort((a, b) => a - b);
  const charProcs = {};
  for (const code of sortedCodes) {
    const width = widths.get(code);
    const bar = names.get(code) === "space" ? "" : ` ${Math.round(width * 0.15)} 0 ${Math.round(width * 0.7)} 600 re f`;
    charProcs[names.get(code)] = pdf.context.register(pdf.context.flateStream(`${width} 0 0 0 ${width} 700 d1${bar}`));
  }
  const first = sortedCodes[0];
  const last = sortedCodes[sortedCodes.length - 1];
  const differences = [];
  for (const code of sortedCodes) differences.push(code, PDFName.of(names.get(code)));
  const font = pdf.context.obj({
    Type: "Font",
    Subtype: "Type3",
    FontBBox: [0, 0, 1000, 1000],
    FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    CharProcs: charProcs,
    Encoding: { Type: "Encoding", Differences: differences },
    FirstChar: first,
    LastChar: last,
    Widths: Array.from({ length: last - first + 1 }, (_, index) => widths.get(first + index) ?? 0),
    Resources: {},
  });
  page.node.setFontDictionary(PDFName.of(reference), pdf.context.register(font));
  const encode = (text) =>
    PDFHexString.of(
      tokens(text)
        .map((token) => codes.get(token).toString(16).padStart(2, "0"))
        .join(""),
    );
  return { reference, encode };
}

/** A TrueType font that is named but not embedded: the reader substitutes whatever it has. */
export function addUnembeddedFont(pdf, page, reference, baseFont, helvetica) {
  const widths = Array.from({ length: 95 }, (_, index) =>
    Math.round(helvetica.widthOfTextAtSize(String.fromCharCode(32 + index), 1000)),
  );
  const descriptor = pdf.context.obj({
    Type: "FontDescriptor",
    FontName: baseFont,
    Flags: 32,
    FontBBox: [-500, -300, 1300, 1000],
    ItalicAngle: 0,
    Ascent: 750,
    Descent: -250,
    CapHeight: 630,
    StemV: 80,
  });
  const font = pdf.context.obj({
    Type: "Font",
    Subtype: "TrueType",
    BaseFont: baseFont,
    FirstChar: 32,
    LastChar: 126,
    Widths: widths,
    Encoding: "WinAnsiEncoding",
    FontDescriptor: pdf.context.register(descriptor),
  });
  page.node.setFontDictionary(PDFName.of(reference), pdf.context.register(font));
  return reference;
}

/** Shows raw-font text at (x, y): the operators drawText would write for an embedded font. */
export function showRaw(page, reference, size, x, y, bytes) {
  page.pushOperators(
    beginText(),
    setFontAndSize(reference, size),
    setTextMatrix(1, 0, 0, 1, x, y),
    showText(bytes),
    endText(),
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** Encodes an 8-bit greyscale image as PNG; `pixel(x, y)` returns 0 (black) to 255 (white). */
export function greyPng(width, height, pixel) {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = pixel(x, y);
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export const WHITE = rgb(1, 1, 1);
