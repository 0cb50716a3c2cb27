/**
 * Walks a page's pdfjs operator list the way a renderer would, but only keeps what the format checks need:
 * text chunks with their colour, render mode and size; filled areas (backgrounds); rules (table lines);
 * and image boxes. pdfjs's text layer drops colour and render mode, so hidden text is only visible here.
 */

import { IDENTITY, asMatrix, boxOf, intersect, multiply, type Box, type Matrix } from "./geometry.js";

export type { Box } from "./geometry.js";

/** A run of glyphs drawn next to each other in one style, in top-left page coordinates. */
export interface TextChunk {
  text: string;
  x: number;
  baseline: number;
  width: number;
  /** Effective size in points after every transform. */
  fontSize: number;
  /** pdfjs's id for the font (resolved to a name by the caller). */
  fontId: string;
  /** Fill colour "#rrggbb" for filled text, stroke colour for outlined text; "" for a pattern. */
  color: string;
  /** Fill opacity 0..1 from the graphics state. */
  alpha: number;
  /** PDF text render mode: 3 and 7 draw nothing. */
  mode: number;
  /** True when the baseline is not horizontal (rotated or vertical text). */
  rotated: boolean;
  /** Where the last glyph ends (for rotated text the chunk runs from (x, baseline) to here). */
  endX: number;
  endY: number;
  /** Paint order on the page, to know which shapes were under the text. */
  order: number;
  /** Drawn inside marked content tagged /Artifact: tagged PDFs (Word) mark running headers and footers so. */
  artifact: boolean;
}

/** A filled shape with its colour: text on it is readable only if its colour differs. */
export interface FilledArea extends Box {
  /** "#rrggbb", or "" for a gradient or pattern (its colour under the text is unknown). */
  color: string;
  order: number;
}

export interface PaintedImage extends Box {
  order: number;
}

/** A thin line or the edge of a stroked box: the rules of ruled tables. */
export interface Rule {
  orientation: "horizontal" | "vertical";
  /** Start and end along the rule, and its position across. */
  from: number;
  to: number;
  at: number;
}

/** Per-font glyph counts used to spot fonts whose text cannot be decoded. */
export interface GlyphStats {
  glyphs: number;
  /** Glyphs with no Unicode value or a control/replacement character. */
  unmapped: number;
  /** Glyphs in the Unicode private use area (icon fonts, unmapped symbol fonts). */
  privateUse: number;
}

export interface PageContent {
  chunks: TextChunk[];
  fills: FilledArea[];
  images: PaintedImage[];
  rules: Rule[];
  glyphStats: Map<string, GlyphStats>;
}

/** The few pdfjs facts the walker needs, passed in so this module stays free of pdfjs imports. */
export interface OperatorSource {
  fnArray: number[];
  argsArray: unknown[];
  ops: Record<string, number>;
  /** Top-left page transform from the viewport at scale 1, and the page size. */
  viewport: Matrix;
  width: number;
  height: number;
  font(id: string): { fontMatrix?: number[]; isType3Font?: boolean } | undefined;
}

interface Glyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

interface State {
  ctm: Matrix;
  fill: string;
  stroke: string;
  alpha: number;
  fontId: string;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  mode: number;
  /** Bounding box of the clipping path, in page coordinates. */
  clip?: Box;
}

/** Control characters, U+FFFD and empty strings: what a font without a usable ToUnicode map yields. */
function isUnmapped(unicode: string): boolean {
  if (unicode === "") return true;
  for (let index = 0; index < unicode.length; index++) {
    const code = unicode.charCodeAt(index);
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0xfffd) return true;
  }
  return false;
}
const isPrivateUse = (unicode: string) => {
  const code = unicode.charCodeAt(0);
  return code >= 0xe000 && code <= 0xf8ff;
};

/** Lines thinner than this (points) count as rules, not filled areas. */
const RULE_THICKNESS = 2.5;

/** Reads one page's operator list into text chunks, fills, images and rules. */
export function readPageContent(source: OperatorSource): PageContent {
  const { ops, fnArray, argsArray } = source;
  const content: PageContent = { chunks: [], fills: [], images: [], rules: [], glyphStats: new Map() };
  let state: State = {
    ctm: source.viewport,
    fill: "#000000",
    stroke: "#000000",
    alpha: 1,
    fontId: "",
    fontSize: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    mode: 0,
  };
  const stack: State[] = [];
  let textMatrix: Matrix = IDENTITY;
  let lineX = 0;
  let lineY = 0;
  let textX = 0;
  let order = 0;
  const markedContent: string[] = [];
  const fonts = new Map<string, ReturnType<OperatorSource["font"]>>();
  const fontOf = (id: string) => {
    if (!fonts.has(id)) fonts.set(id, source.font(id));
    return fonts.get(id);
  };
  let chunk: TextChunk | undefined;
  // A space glyph is a word break even where the gap is narrow: it is kept as a trailing or leading space.
  let spaceBefore = false;
  const flush = () => {
    if (chunk && chunk.text.trim() !== "") content.chunks.push(chunk);
    chunk = undefined;
  };

  const moveText = (x: number, y: number) => {
    lineX += x;
    lineY += y;
    textX = lineX;
  };

  const showText = (glyphs: (Glyph | number)[]) => {
    const font = fontOf(state.fontId);
    const fontMatrix = font?.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
    const advanceScale = state.fontSize * fontMatrix[0];
    // Text space to page space; glyph advances are added along the text matrix's first axis.
    const toPage = multiply(textMatrix, state.ctm);
    const size = state.fontSize * Math.abs(fontMatrix[3]) * 1000;
    const fontSize = Math.hypot(toPage[2] * size, toPage[3] * size);
    const rotated = Math.abs(toPage[1]) > Math.abs(toPage[0]) * 0.1;
    const y = lineY + state.rise;
    const stats = content.glyphStats.get(state.fontId) ?? { glyphs: 0, unmapped: 0, privateUse: 0 };
    content.glyphStats.set(state.fontId, stats);
    const color = state.mode === 1 || state.mode === 5 ? state.stroke : state.fill;
    const artifact = markedContent.includes("Artifact");
    let x = 0;
    for (const glyph of glyphs) {
      if (typeof glyph === "number") {
        x -= (glyph * state.fontSize) / 1000;
        continue;
      }
      // Positions are computed inline (no arrays): a page has thousands of glyphs.
      const startText = textX + x * state.hScale;
      // The glyph ends where its outline ends; character and word spacing only move the next one.
      const endText = textX + (x + glyph.width * advanceScale) * state.hScale;
      x += glyph.width * advanceScale + state.charSpacing + (glyph.isSpace ? state.wordSpacing : 0);
      const unicode = glyph.unicode ?? "";
      if (glyph.isSpace || unicode === " ") {
        if (chunk) chunk.text += " ";
        else spaceBefore = true;
        flush();
        continue;
      }
      stats.glyphs++;
      if (isUnmapped(unicode)) stats.unmapped++;
      if (isPrivateUse(unicode)) stats.privateUse++;
      const startX = toPage[0] * startText + toPage[2] * y + toPage[4];
      const startY = toPage[1] * startText + toPage[3] * y + toPage[5];
      const endX = toPage[0] * endText + toPage[2] * y + toPage[4];
      const endY = toPage[1] * endText + toPage[3] * y + toPage[5];
      // Glyphs join the open chunk when they continue it in the same style (drawn one by one or not).
      const joins =
        chunk !== undefined &&
        rotated === chunk.rotated &&
        chunk.fontId === state.fontId &&
        chunk.color === color &&
        chunk.mode === state.mode &&
        chunk.alpha === state.alpha &&
        chunk.artifact === artifact &&
        Math.abs(chunk.fontSize - fontSize) < 0.01 &&
        Math.abs(startX - chunk.endX) + Math.abs(startY - chunk.endY) < fontSize * 0.1;
      if (chunk && joins) {
        chunk.text += unicode;
        chunk.width = rotated ? Math.hypot(endX - chunk.x, endY - chunk.baseline) : endX - chunk.x;
        chunk.endX = endX;
        chunk.endY = endY;
      } else {
        flush();
        chunk = {
          text: spaceBefore ? ` ${unicode}` : unicode,
          x: startX,
          baseline: startY,
          width: Math.hypot(endX - startX, endY - startY),
          fontSize,
          fontId: state.fontId,
          color,
          alpha: state.alpha,
          mode: state.mode,
          rotated,
          endX,
          endY,
          order: order++,
          artifact,
        };
        spaceBefore = false;
      }
    }
    textX += x * state.hScale;
  };

  let pendingClip = false;
  const paintPath = (paintOp: number, minMax: ArrayLike<number> | undefined) => {
    flush();
    if (!minMax || minMax.length < 4 || !Number.isFinite(minMax[0])) return;
    const box = boxOf(state.ctm, minMax[0], minMax[1], minMax[2], minMax[3]);
    if (pendingClip) {
      state.clip = intersect(state.clip, box);
      pendingClip = false;
    }
    const thin = Math.min(box.width, box.height) <= RULE_THICKNESS;
    const stroked = [ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke].includes(
      paintOp,
    );
    const filled = [ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke].includes(paintOp);
    if (thin && (stroked || filled)) {
      if (box.width >= box.height)
        content.rules.push({ orientation: "horizontal", from: box.x, to: box.x + box.width, at: box.y });
      else content.rules.push({ orientation: "vertical", from: box.y, to: box.y + box.height, at: box.x });
      return;
    }
    if (stroked && !filled) {
      // A stroked box: its four edges can be the cell borders of a ruled table.
      content.rules.push(
        { orientation: "horizontal", from: box.x, to: box.x + box.width, at: box.y },
        { orientation: "horizontal", from: box.x, to: box.x + box.width, at: box.y + box.height },
        { orientation: "vertical", from: box.y, to: box.y + box.height, at: box.x },
        { orientation: "vertical", from: box.y, to: box.y + box.height, at: box.x + box.width },
      );
    }
    if (filled) content.fills.push({ ...box, color: state.fill, order: order++ });
  };

  const paintImage = () => {
    flush();
    content.images.push({ ...boxOf(state.ctm, 0, 0, 1, 1), order: order++ });
  };

  for (let index = 0; index < fnArray.length; index++) {
    const fn = fnArray[index];
    const args = argsArray[index] as unknown[];
    switch (fn) {
      case ops.save:
        stack.push({ ...state });
        break;
      case ops.restore:
        state = stack.pop() ?? state;
        break;
      case ops.transform:
        state.ctm = multiply(asMatrix(args), state.ctm);
        break;
      case ops.paintFormXObjectBegin: {
        stack.push({ ...state });
        if (args[0]) state.ctm = multiply(asMatrix(args[0]), state.ctm);
        const bbox = args[1] as ArrayLike<number> | undefined;
        if (bbox && bbox.length >= 4)
          state.clip = intersect(state.clip, boxOf(state.ctm, bbox[0], bbox[1], bbox[2], bbox[3]));
        break;
      }
      case ops.clip:
      case ops.eoClip:
        pendingClip = true;
        break;
      case ops.shadingFill:
        flush();
        content.fills.push({
          ...(state.clip ?? { x: 0, y: 0, width: source.width, height: source.height }),
          color: "",
          order: order++,
        });
        break;
      case ops.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case ops.setFillRGBColor:
        state.fill = String(args[0]);
        break;
      case ops.setStrokeRGBColor:
        state.stroke = String(args[0]);
        break;
      case ops.setFillColorN:
      case ops.setFillTransparent:
        state.fill = "";
        break;
      case ops.setGState:
        for (const [key, value] of (args[0] ?? []) as [string, unknown][]) {
          if (key === "ca" && typeof value === "number") state.alpha = value;
          if (key === "Font" && Array.isArray(value)) [state.fontId, state.fontSize] = value as [string, number];
        }
        break;
      case ops.beginText:
        textMatrix = IDENTITY;
        lineX = lineY = textX = 0;
        break;
      case ops.setFont:
        state.fontId = String(args[0]);
        state.fontSize = Number(args[1]);
        break;
      case ops.setTextMatrix:
        textMatrix = asMatrix(args[0]);
        lineX = lineY = textX = 0;
        break;
      case ops.moveText:
        moveText(Number(args[0]), Number(args[1]));
        break;
      case ops.setLeadingMoveText:
        state.leading = -Number(args[1]);
        moveText(Number(args[0]), Number(args[1]));
        break;
      case ops.nextLine:
        moveText(0, -state.leading);
        break;
      case ops.setLeading:
        state.leading = Number(args[0]);
        break;
      case ops.setCharSpacing:
        state.charSpacing = Number(args[0]);
        break;
      case ops.setWordSpacing:
        state.wordSpacing = Number(args[0]);
        break;
      case ops.setHScale:
        state.hScale = Number(args[0]) / 100;
        break;
      case ops.setTextRise:
        state.rise = Number(args[0]);
        break;
      case ops.setTextRenderingMode:
        state.mode = Number(args[0]);
        break;
      case ops.beginMarkedContent:
      case ops.beginMarkedContentProps: {
        const tag = args?.[0] as string | { name?: string } | undefined;
        markedContent.push(typeof tag === "string" ? tag : (tag?.name ?? ""));
        break;
      }
      case ops.endMarkedContent:
        markedContent.pop();
        break;
      case ops.showText:
        showText(args[0] as (Glyph | number)[]);
        break;
      case ops.constructPath:
        paintPath(Number(args[0]), args[2] as ArrayLike<number> | undefined);
        break;
      case ops.paintImageXObject:
      case ops.paintInlineImageXObject:
      case ops.paintImageMaskXObject:
      case ops.paintSolidColorImageMask:
        paintImage();
        break;
      case ops.paintImageXObjectRepeat:
      case ops.paintImageMaskXObjectRepeat:
      case ops.paintInlineImageXObjectGroup:
      case ops.paintImageMaskXObjectGroup:
        paintImage();
        break;
    }
  }
  flush();
  return content;
}
