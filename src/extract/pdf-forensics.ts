/**
 * Facts about a PDF that a reader never sees but an ATS trips over: text hidden by colour, render mode, size
 * or position; files cut short; permissions that forbid copying text.
 */
import type { HiddenReason } from "../types.js";
import type { Box, FilledArea, PaintedImage, TextChunk } from "./pdf-content.js";

/** Text smaller than this (points) is unreadable on paper and on screen. */
export const TINY_TEXT = 4;
/** Colours closer than this (largest channel difference, 0..255) look the same. */
const SAME_COLOUR = 24;
/** An image covering this share of the page under invisible text is a scan with an OCR text layer. */
const SCAN_SHARE = 0.5;

const channels = (hex: string) => [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16));

const sameColour = (a: string, b: string) => {
  const [x, y] = [channels(a), channels(b)];
  return x.every((value, index) => Math.abs(value - y[index]) <= SAME_COLOUR);
};

const contains = (box: Box, x: number, y: number) =>
  x >= box.x - 0.5 && x <= box.x + box.width + 0.5 && y >= box.y - 0.5 && y <= box.y + box.height + 0.5;

/** The page area's colour under a point when the chunk was drawn: the last fill under it, or white paper. */
function backgroundAt(
  chunk: TextChunk,
  fills: FilledArea[],
  images: PaintedImage[],
  x: number,
  y: number,
): string | undefined {
  let colour = "#ffffff";
  let order = -1;
  for (const fill of fills) {
    if (fill.order < chunk.order && fill.order > order && contains(fill, x, y)) {
      colour = fill.color;
      order = fill.order;
    }
  }
  // Text over a picture may be readable or not; we cannot tell without decoding pixels, so we don't judge.
  if (images.some((image) => image.order < chunk.order && image.order > order && contains(image, x, y)))
    return undefined;
  // A gradient or pattern ("") has no single colour to compare with.
  return colour || undefined;
}

/** Why a chunk cannot be seen, or undefined when it can. */
export function hiddenReason(
  chunk: TextChunk,
  page: { width: number; height: number },
  fills: FilledArea[],
  images: PaintedImage[],
): HiddenReason | undefined {
  const centreX = (chunk.x + chunk.endX) / 2;
  const centreY = (chunk.baseline + chunk.endY) / 2 - (chunk.rotated ? 0 : chunk.fontSize * 0.3);
  if (chunk.mode === 3 || chunk.mode === 7 || chunk.alpha < 0.05) {
    const scan = images.some(
      (image) =>
        (image.width * image.height) / (page.width * page.height) >= SCAN_SHARE && contains(image, centreX, centreY),
    );
    return scan ? undefined : "invisible";
  }
  if (centreX < 0 || centreX > page.width || centreY < 0 || centreY > page.height) return "off-page";
  if (chunk.fontSize > 0 && chunk.fontSize < TINY_TEXT) return "tiny";
  if (chunk.color === "") return undefined;
  const background = backgroundAt(chunk, fills, images, centreX, centreY);
  return background && sameColour(chunk.color, background) ? "background-colour" : undefined;
}

/** True when the file lacks the end-of-file marker in its last kilobyte: it was cut off. */
export function isTruncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  return !tail.includes("%%EOF");
}

/** pdfjs PermissionFlag values, named for people. */
const PERMISSIONS: [number, string][] = [
  [0x04, "print"],
  [0x08, "modify"],
  [0x10, "copy"],
  [0x200, "extract-for-accessibility"],
];

/** Operations a permissions list (pdfjs getPermissions: the allowed flags, or null) forbids. */
export function restrictedOperations(allowed: number[] | null): string[] {
  if (!allowed) return [];
  return PERMISSIONS.filter(([flag]) => !allowed.includes(flag)).map(([, name]) => name);
}
