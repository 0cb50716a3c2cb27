import type { Check, Document, Line } from "../types.js";
import { ICON_SIZE } from "./images.js";

/** Lines that carry contact details: those where a contact field was found, and the top block of page 1. */
function contactLines(doc: Document): Line[] {
  const indexes = new Set(Object.values(doc.contact).map((field) => field!.line));
  return doc.lines.filter(
    (line) => !line.hidden && (indexes.has(line.index) || (line.section === "contact" && line.page === 1)),
  );
}

/** Small pictures sitting on the line's height: icons drawn instead of words. */
function iconImages(doc: Document, line: Line): number {
  const page = doc.pages[line.page - 1];
  if (!page) return 0;
  return page.images.filter((image) => {
    if (Math.max(image.width, image.height) > ICON_SIZE || Math.min(image.width, image.height) < 3) return false;
    const middle = image.y + image.height / 2;
    return middle >= line.y - 2 && middle <= line.y + line.height + 4;
  }).length;
}

export const iconsForContact: Check = {
  id: "icons-for-contact",
  severity: "warning",
  description: "Icons (a phone, an envelope, a LinkedIn logo) stand in for contact labels or details.",
  why: "An ATS reads an icon as a stray character or nothing; a detail shown only by an icon, or glued to one, is lost.",
  fix: "Write the details as plain text with words if needed ('Phone: +1 408 555 0142'); drop the icons.",
  run({ doc }) {
    let glyphs = 0;
    let pictures = 0;
    let first: Line | undefined;
    for (const line of contactLines(doc)) {
      const found = (line.symbols?.length ?? 0) + iconImages(doc, line);
      glyphs += line.symbols?.length ?? 0;
      pictures += iconImages(doc, line);
      if (found > 0) first ??= line;
    }
    if (!first) return [];
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { glyphs, pictures, sample: first.text.slice(0, 80) },
        location: { line: first.index, page: first.page },
      },
    ];
  },
};
