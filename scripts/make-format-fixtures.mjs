/**
 * Builds fixtures/format/: one small PDF or DOCX per format failure an ATS trips over, plus clean controls.
 * Every file is the same fictional resume (scripts/lib/base-resume.mjs) with one thing changed, so a test can
 * say exactly which findings each must produce. Output is deterministic (fixed dates, no random ids).
 *
 * Usage: node scripts/make-format-fixtures.mjs   (or: npm run fixtures:format)
 *
 * encrypted.pdf needs qpdf (apt-get install qpdf); it is the clean control encrypted (RC4-128, so the bytes are
 * reproducible with a static id; AES draws a random key) with an owner password
 * only (it opens without one) and text extraction forbidden. The over-limit file is not committed: the tests
 * make it in a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  TextRenderingMode,
  beginMarkedContent,
  endMarkedContent,
  rgb,
  setCharacterSpacing,
  setTextRenderingMode,
} from "pdf-lib";
import {
  ALL_BLOCKS,
  CONTACT_LINE,
  EDUCATION,
  EXPERIENCE,
  PERSON,
  SKILLS,
  SKILL_LIST,
  STUFFED,
  SUMMARY,
} from "./lib/base-resume.mjs";
import { buildDocx } from "./lib/docx.mjs";
import {
  LETTER,
  WHITE,
  addType3Font,
  addUnembeddedFont,
  drawWith,
  greyPng,
  newDocument,
  save,
  showRaw,
  wrap,
  writeBlocks,
} from "./lib/format-pdf.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "fixtures", "format");
const MARGIN = 54;
const TOP = LETTER[1] - MARGIN;
const WIDTH = LETTER[0] - 2 * MARGIN;

/** Name and contact line at the top of the page; returns the y below them. */
function drawTop(page, fonts, { contact = true } = {}) {
  page.drawText(PERSON.name, { x: MARGIN, y: TOP - 18, size: 18, font: fonts.bold });
  if (contact) page.drawText(CONTACT_LINE, { x: MARGIN, y: TOP - 36, size: 10, font: fonts.regular });
  return TOP - 56;
}

/** The clean single-column resume on one page; `change` may draw more on it afterwards. */
async function singleColumn(change = () => {}, { blocks = ALL_BLOCKS, contact = true, dingbatBullet } = {}) {
  const { pdf, fonts } = await newDocument(PERSON.name);
  const page = pdf.addPage(LETTER);
  const bullet = dingbatBullet ? { bullet: dingbatBullet, bulletFont: fonts.dingbats } : {};
  const y = writeBlocks(page, fonts, blocks, {
    x: MARGIN,
    y: drawTop(page, fonts, { contact }),
    width: WIDTH,
    ...bullet,
  });
  await change({ pdf, page, fonts, y });
  return save(pdf);
}

const PROJECTS = [
  { heading: "Projects" },
  { text: "Open-source contributor to a feature store for online recommendation serving." },
  { text: "Kaggle competitions: top 5% in two tabular forecasting challenges." },
];

const pdfScenarios = {
  "clean.pdf": () => singleColumn(),

  "two-columns.pdf": async () => {
    const { pdf, fonts } = await newDocument(PERSON.name);
    const page = pdf.addPage(LETTER);
    const top = drawTop(page, fonts);
    const column = (WIDTH - 24) / 2;
    writeBlocks(page, fonts, [...SUMMARY, ...EXPERIENCE], { x: MARGIN, y: top, width: column });
    writeBlocks(page, fonts, [...EDUCATION, ...SKILLS, ...PROJECTS], {
      x: MARGIN + column + 24,
      y: top,
      width: column,
    });
    return save(pdf);
  },

  "sidebar.pdf": async () => {
    const { pdf, fonts } = await newDocument(PERSON.name);
    const page = pdf.addPage(LETTER);
    page.drawText(PERSON.name, { x: MARGIN, y: TOP - 18, size: 18, font: fonts.bold });
    const sidebar = 140;
    const side = [
      { heading: "Contact" },
      { text: PERSON.email },
      { text: PERSON.phone },
      { text: PERSON.address },
      { text: PERSON.linkedin },
      { heading: "Skills" },
      ...SKILL_LIST.flat().map((skill) => ({ text: skill })),
      { heading: "Languages" },
      { text: "English" },
      { text: "Spanish" },
    ];
    writeBlocks(page, fonts, side, { x: MARGIN, y: TOP - 44, width: sidebar, size: 9, leading: 12 });
    const mainX = MARGIN + sidebar + 20;
    writeBlocks(page, fonts, [...SUMMARY, ...EXPERIENCE, ...EDUCATION], {
      x: mainX,
      y: TOP - 44,
      width: LETTER[0] - MARGIN - mainX,
    });
    return save(pdf);
  },

  "skills-table.pdf": () =>
    singleColumn(
      ({ page, fonts, y }) => {
        page.drawText("Skills", { x: MARGIN, y: y - 6, size: 12, font: fonts.bold });
        const cell = { width: 150, height: 18 };
        let rowY = y - 36;
        for (const row of SKILL_LIST) {
          row.forEach((skill, index) => {
            const x = MARGIN + index * cell.width;
            page.drawRectangle({
              x,
              y: rowY - 5,
              width: cell.width,
              height: cell.height,
              borderWidth: 0.75,
              borderColor: rgb(0, 0, 0),
            });
            page.drawText(skill, { x: x + 6, y: rowY, size: 10, font: fonts.regular });
          });
          rowY -= cell.height;
        }
      },
      { blocks: [...SUMMARY, ...EXPERIENCE, ...EDUCATION] },
    ),

  // Word exports its page header as a tagged artifact; ATS parsers that skip headers never see the contact.
  "header-contact.pdf": () =>
    singleColumn(
      ({ page, fonts }) => {
        page.pushOperators(beginMarkedContent("Artifact"));
        page.drawText(CONTACT_LINE, { x: MARGIN, y: LETTER[1] - 30, size: 9, font: fonts.regular });
        page.pushOperators(endMarkedContent());
      },
      { contact: false },
    ),

  "icons.pdf": async () => {
    const { pdf, fonts } = await newDocument(PERSON.name);
    const page = pdf.addPage(LETTER);
    page.drawText(PERSON.name, { x: MARGIN, y: TOP - 18, size: 18, font: fonts.bold });
    // Dingbat glyphs stand in for the words "Phone" and "Email"; a small picture stands for LinkedIn.
    const icon = await pdf.embedPng(greyPng(16, 16, (x, y) => ((x - 8) ** 2 + (y - 8) ** 2 < 40 ? 40 : 255)));
    let x = MARGIN;
    const baseline = TOP - 36;
    for (const [glyph, text] of [
      ["\u2706", PERSON.phone],
      ["\u2709", PERSON.email],
    ]) {
      page.drawText(glyph, { x, y: baseline, size: 10, font: fonts.dingbats });
      page.drawText(text, { x: x + 14, y: baseline, size: 10, font: fonts.regular });
      x += 26 + fonts.regular.widthOfTextAtSize(text, 10);
    }
    page.drawImage(icon, { x, y: baseline - 1, width: 10, height: 10 });
    page.drawText(PERSON.linkedin, { x: x + 14, y: baseline, size: 10, font: fonts.regular });
    writeBlocks(page, fonts, ALL_BLOCKS, { x: MARGIN, y: TOP - 56, width: WIDTH });
    return save(pdf);
  },

  // A scanned page: one greyscale picture of "text" lines and no text layer.
  "image-only.pdf": async () => {
    const { pdf } = await newDocument(PERSON.name);
    const page = pdf.addPage(LETTER);
    const scan = greyPng(153, 198, (x, y) => (y % 6 < 2 && x > 12 && x < 140 - ((y * 7) % 40) ? 60 : 245));
    page.drawImage(await pdf.embedPng(scan), { x: 0, y: 0, width: LETTER[0], height: LETTER[1] });
    return save(pdf);
  },

  // The contact details exist only as pixels in a banner picture.
  "contact-in-image.pdf": () =>
    singleColumn(
      async ({ pdf, page }) => {
        const banner = greyPng(168, 20, (x, y) => (y > 6 && y < 13 && x > 8 && x < 150 && x % 9 < 6 ? 30 : 230));
        page.drawImage(await pdf.embedPng(banner), { x: MARGIN, y: TOP - 46, width: WIDTH, height: 24 });
      },
      { contact: false },
    ),

  "white-text.pdf": () =>
    singleColumn(({ page, fonts, y }) =>
      page.drawText(STUFFED, { x: MARGIN, y: y - 20, size: 10, font: fonts.regular, color: WHITE }),
    ),

  "invisible-text.pdf": () =>
    singleColumn(({ page, fonts, y }) =>
      drawWith(page, [setTextRenderingMode(TextRenderingMode.Invisible)], () =>
        page.drawText(STUFFED, { x: MARGIN, y: y - 20, size: 10, font: fonts.regular }),
      ),
    ),

  "tiny-text.pdf": () =>
    singleColumn(({ page, fonts, y }) =>
      page.drawText(STUFFED, { x: MARGIN, y: y - 20, size: 1.5, font: fonts.regular }),
    ),

  // Old LaTeX fonts: no ToUnicode map, ligature glyphs named /fi and /fl, so "fine-tuning" reads "ﬁne-tuning".
  "ligatures.pdf": () => type3Resume("standard"),
  // Glyphs numbered by first use with meaningless names and no ToUnicode map: the text cannot be recovered.
  "garbled.pdf": () => type3Resume("opaque"),

  "letter-spaced.pdf": async () => {
    const { pdf, fonts } = await newDocument(PERSON.name);
    const page = pdf.addPage(LETTER);
    let y = drawTop(page, fonts);
    for (const block of ALL_BLOCKS) {
      if (block.heading) {
        y -= 6;
        drawWith(page, [setCharacterSpacing(6)], () =>
          page.drawText(block.heading.toUpperCase(), { x: MARGIN, y, size: 12, font: fonts.bold }),
        );
        y -= 16.5;
      } else y = writeBlocks(page, fonts, [block], { x: MARGIN, y, width: WIDTH });
    }
    return save(pdf);
  },

  "unusual-bullets.pdf": () => singleColumn(() => {}, { dingbatBullet: "\u27a2" }),

  "fonts-not-embedded.pdf": () =>
    singleColumn(({ pdf, page, fonts, y }) => {
      const reference = addUnembeddedFont(pdf, page, "Calibri", "Calibri", fonts.regular);
      showRaw(page, reference, 10, MARGIN, y - 20, fonts.regular.encodeText("References available on request."));
    }),

  "metadata.pdf": async () => {
    const { pdf, fonts } = await newDocument("Microsoft Word - Resume Template (2).docx");
    const page = pdf.addPage(LETTER);
    writeBlocks(page, fonts, ALL_BLOCKS, { x: MARGIN, y: drawTop(page, fonts), width: WIDTH });
    return save(pdf);
  },

  // Two pages with a running header (name) and page numbers in the footer.
  "running-header.pdf": async () => {
    const { pdf, fonts } = await newDocument(PERSON.name);
    const pages = [pdf.addPage(LETTER), pdf.addPage(LETTER)];
    writeBlocks(pages[0], fonts, [...SUMMARY, ...EXPERIENCE], { x: MARGIN, y: drawTop(pages[0], fonts), width: WIDTH });
    writeBlocks(pages[1], fonts, [...EDUCATION, ...SKILLS, ...PROJECTS], { x: MARGIN, y: TOP - 20, width: WIDTH });
    pages.forEach((page, index) => {
      page.drawText(`${PERSON.name} - Resume`, { x: MARGIN, y: LETTER[1] - 30, size: 8, font: fonts.regular });
      page.drawText(`Page ${index + 1} of 2`, { x: LETTER[0] / 2 - 20, y: 24, size: 8, font: fonts.regular });
    });
    return save(pdf);
  },

  // A "page" as tall as three: web pages printed to one long sheet.
  "long-page.pdf": async () => {
    const { pdf, fonts } = await newDocument(PERSON.name);
    const page = pdf.addPage([LETTER[0], LETTER[1] * 3]);
    const top = LETTER[1] * 3 - MARGIN;
    page.drawText(PERSON.name, { x: MARGIN, y: top - 18, size: 18, font: fonts.bold });
    page.drawText(CONTACT_LINE, { x: MARGIN, y: top - 36, size: 10, font: fonts.regular });
    writeBlocks(page, fonts, ALL_BLOCKS, { x: MARGIN, y: top - 56, width: WIDTH });
    return save(pdf);
  },
};

/** The clean resume drawn entirely in a Type3 font without ToUnicode. */
async function type3Resume(naming) {
  const { pdf, fonts } = await newDocument(PERSON.name);
  const page = pdf.addPage(LETTER);
  const lines = [
    { text: PERSON.name, size: 18 },
    { text: CONTACT_LINE, size: 10 },
    ...ALL_BLOCKS.map((block) => ({ text: block.heading ?? block.text, size: block.heading ? 12 : 10 })),
    { text: "Fine-tuning of efficient workflows for the official flagship profile.", size: 10 },
  ].flatMap((line) => wrap(line.text, fonts.regular, line.size, WIDTH).map((text) => ({ text, size: line.size })));
  const sample = lines.map((line) => line.text).join(" ");
  const measure = (token) => fonts.regular.widthOfTextAtSize(token, 1);
  const font = addType3Font(pdf, page, "T3", measure, naming, sample);
  let y = TOP - 18;
  for (const line of lines) {
    showRaw(page, font.reference, line.size, MARGIN, y, font.encode(line.text));
    y -= line.size * 1.4;
  }
  return save(pdf);
}

/** qpdf: an owner password only (opens without a password) and text extraction forbidden. */
function encrypt(cleanBytes) {
  const scratch = path.join(tmpdir(), `ats-format-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  const input = path.join(scratch, "clean.pdf");
  const output = path.join(scratch, "encrypted.pdf");
  writeFileSync(input, cleanBytes);
  execFileSync("qpdf", [
    "--static-id",
    "--allow-weak-crypto",
    "--encrypt",
    "",
    "owner-secret",
    "128",
    "--use-aes=n",
    "--extract=n",
    "--modify=none",
    "--",
    input,
    output,
  ]);
  const bytes = readFileSync(output);
  rmSync(scratch, { recursive: true, force: true });
  return bytes;
}

/** The clean control without its last 5% (cross-reference table and trailer), as an interrupted download leaves it. */
const truncate = (bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.95));

mkdirSync(outDir, { recursive: true });
const written = [];
const write = (name, bytes) => {
  writeFileSync(path.join(outDir, name), bytes);
  written.push(`${name} (${bytes.length} bytes)`);
};
for (const [name, make] of Object.entries(pdfScenarios)) write(name, await make());
const clean = readFileSync(path.join(outDir, "clean.pdf"));
write("encrypted.pdf", encrypt(clean));
write("truncated.pdf", truncate(clean));
const photo = greyPng(32, 32, (x, y) =>
  (x - 16) ** 2 + (y - 12) ** 2 < 60 || (y > 22 && Math.abs(x - 16) < y - 12) ? 90 : 235,
);
for (const [name, bytes] of Object.entries(buildDocx(photo))) write(name, bytes);
console.log(`wrote fixtures/format/: ${written.join(", ")}`);
