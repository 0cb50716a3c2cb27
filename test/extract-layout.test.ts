import { describe, expect, it } from "vitest";
import { cleanGlyphText } from "../src/extract/glyph-text.js";
import { detectColumns, joinParts, layoutPage, type PlacedText, type Segment } from "../src/extract/layout.js";
import { hiddenReason, isTruncated, restrictedOperations } from "../src/extract/pdf-forensics.js";
import type { TextChunk } from "../src/extract/pdf-content.js";

const PAGE = { width: 612, height: 792 };

/** A chunk of 10 pt Helvetica-like text: 5 pt per character. */
const text = (value: string, x: number, baseline: number, extra: Partial<PlacedText> = {}): PlacedText => ({
  text: value,
  x,
  baseline,
  width: value.length * 5,
  fontSize: 10,
  fontName: "Helvetica",
  rotated: false,
  artifact: false,
  symbol: false,
  ...extra,
});

const rows = (count: number, make: (row: number) => PlacedText[]) =>
  Array.from({ length: count }, (_, row) => make(row)).flat();
const words = ["Built", "ranking", "models", "in", "PyTorch", "for", "search", "and", "ads", "at", "scale"];
const sentence = (row: number, length: number) =>
  words
    .concat(words)
    .slice(row % 5, (row % 5) + length)
    .join(" ");

const segmentsOf = (chunks: PlacedText[]): Segment[] => layoutPage(chunks, PAGE).segments;

describe("column detection", () => {
  it("finds two columns of independent text, and reads the left one first", () => {
    const chunks = rows(20, (row) => [
      text(sentence(row, 6), 54, 120 + row * 12),
      text(sentence(row + 2, 6), 320, 126 + row * 14),
    ]);
    const page = layoutPage(chunks, PAGE);
    expect(page.layout.kind).toBe("two-columns");
    expect(page.lines.map((line) => line.column)).toEqual([...Array(20).fill(1), ...Array(20).fill(2)]);
  });

  it("finds a sidebar: a narrow column of short lines beside the main one", () => {
    const side = ["jo@example.com", "+1 408 555 0142", "San Jose, CA", "Python", "SQL", "Spark", "Airflow", "Docker"];
    const chunks = [
      ...[...side, ...side].map((item, row) => text(item, 54, 120 + row * 12)),
      ...rows(30, (row) => [text(sentence(row, 8), 200, 120 + row * 12)]),
    ];
    expect(detectColumns(segmentsOf(chunks), PAGE)?.kind).toBe("sidebar");
  });

  it("does not mistake right-aligned dates on the title's baseline for a column (LaTeX resumes)", () => {
    const chunks = rows(12, (row) => [
      text(row % 3 === 0 ? "Research Intern, Acme Labs" : sentence(row, 7), 54, 120 + row * 12),
      ...(row % 3 === 0
        ? [text(`Jun 20${10 + row} – Aug 20${10 + row}`, 558 - 95 - (row % 2) * 10, 120 + row * 12)]
        : []),
    ]);
    expect(detectColumns(segmentsOf(chunks), PAGE)).toBeUndefined();
  });

  it("does not mistake a date gutter beside each entry for a sidebar (moderncv, Resume-Matcher samples)", () => {
    const chunks = rows(24, (row) => [
      ...(row % 4 === 0 ? [text(`2019–2021`, 54, 120 + row * 12)] : []),
      text(sentence(row, 8), 140, 120 + row * 12),
    ]);
    expect(detectColumns(segmentsOf(chunks), PAGE)).toBeUndefined();
  });

  it("does not call a short two-column list inside a page a column layout", () => {
    const chunks = [
      ...rows(20, (row) => [text(sentence(row, 12), 54, 120 + row * 12)]),
      ...rows(4, (row) => [text(`Item ${row}`, 70, 400 + row * 12), text(`Item ${row + 4}`, 320, 400 + row * 12)]),
    ];
    expect(detectColumns(segmentsOf(chunks), PAGE)).toBeUndefined();
  });
});

describe("joining chunks into text", () => {
  it("keeps split ligature runs in one word and adds spaces only at real gaps", () => {
    const parts = [text("e", 100, 50), text("ffi", 105, 50), text("cient", 120, 50), text("code", 150, 50)];
    expect(joinParts(parts).text).toBe("efficient code");
  });

  it("records where icon-font characters sit in the text", () => {
    const parts = [text("&", 54, 50, { symbol: true }), text("+1 408 555 0142", 68, 50)];
    expect(joinParts(parts)).toEqual({ text: "& +1 408 555 0142", symbols: [0] });
  });
});

describe("cleaning glyph text", () => {
  it("decomposes ligatures as most parsers do, keeps the words they were in, and moves symbol offsets", () => {
    expect(cleanGlyphText("ﬁne-tuning & ﬃ", [11])).toEqual({
      text: "fine-tuning & ffi",
      symbols: [12],
      ligatureWords: ["ﬁne-tuning", "ﬃ"],
    });
  });

  it("turns control characters into U+FFFD", () => {
    expect(cleanGlyphText("a\u0001b\u001bc", []).text).toBe("a\ufffdb\ufffdc");
  });
});

describe("PDF forensics", () => {
  const chunk = (extra: Partial<TextChunk>): TextChunk => ({
    text: "Kubernetes",
    x: 100,
    baseline: 400,
    width: 50,
    fontSize: 10,
    fontId: "f1",
    color: "#000000",
    alpha: 1,
    mode: 0,
    rotated: false,
    endX: 150,
    endY: 400,
    order: 5,
    artifact: false,
    ...extra,
  });
  const fill = (color: string, order: number) => ({ x: 0, y: 0, width: 612, height: 792, color, order });
  const image = (order: number) => ({ x: 0, y: 0, width: 612, height: 792, order });

  it.each([
    ["black on white paper", chunk({}), [], [], undefined],
    ["white on white paper", chunk({ color: "#ffffff" }), [], [], "background-colour"],
    ["white on a dark banner", chunk({ color: "#ffffff" }), [fill("#1f3a5f", 1)], [], undefined],
    ["dark text on a dark box", chunk({ color: "#202020" }), [fill("#1a1a1a", 1)], [], "background-colour"],
    ["white on a gradient (colour unknown)", chunk({ color: "#ffffff" }), [fill("", 1)], [], undefined],
    ["a box painted after the text does not count", chunk({ color: "#1a1a1a" }), [fill("#1a1a1a", 9)], [], undefined],
    ["render mode 3", chunk({ mode: 3 }), [], [], "invisible"],
    ["zero opacity", chunk({ alpha: 0 }), [], [], "invisible"],
    ["mode 3 over a full-page scan is an OCR layer", chunk({ mode: 3 }), [], [image(1)], undefined],
    ["3 pt text", chunk({ fontSize: 3 }), [], [], "tiny"],
    ["text left of the page", chunk({ x: -400, endX: -350 }), [], [], "off-page"],
  ] as const)("%s", (_, input, fills, images, expected) => {
    expect(hiddenReason(input, PAGE, [...fills], [...images])).toBe(expected);
  });

  it("spots a file without its end-of-file marker", () => {
    expect(isTruncated(new TextEncoder().encode("%PDF-1.7\n...\n%%EOF\n"))).toBe(false);
    expect(isTruncated(new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<"))).toBe(true);
  });

  it("names the operations a permission set forbids", () => {
    expect(restrictedOperations(null)).toEqual([]);
    expect(restrictedOperations([0x04, 0x200])).toEqual(["modify", "copy"]);
  });
});
