/**
 * Builds the hostile and broken input corpus for the bad-input suite (test/hostile.test.ts) into a folder.
 *
 * Usage: node scripts/make-hostile-corpus.mjs <dir>
 *
 * Everything is generated from the clean fixtures and small byte-level recipes, so the corpus is readable
 * here and nothing large is committed. The two encrypted PDFs are committed in fixtures/bad/ because
 * making them needs qpdf (`qpdf --encrypt user owner 256` and `qpdf --encrypt "" owner 256`).
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, Zip, ZipDeflate } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { docx, paragraph, run } from "./lib/docx.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fixture = (relative) => readFileSync(path.join(root, relative));
const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

/** A small one-page PDF with a line of text, for recipes that need a valid starting point. */
async function simplePdf(pages = 1, text = "Jane Doe jane@example.com") {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let index = 0; index < pages; index++) {
    pdf.addPage([612, 792]).drawText(`${text} page ${index + 1}`, { x: 72, y: 720, size: 11, font });
  }
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** A hand-written PDF whose catalog is `extra` plus one page; offsets in the xref are computed. */
function rawPdf(objects) {
  let body = "%PDF-1.7\n";
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Enough text (over 50 characters) that the page counts as readable. */
const RESUME_TEXT =
  "BT /F1 12 Tf 72 720 Td (Jane Doe jane@example.com +1 408 555 0142) Tj 0 -16 Td (EXPERIENCE) Tj 0 -16 Td (Trained PyTorch models on GPUs for ranking.) Tj ET";

const pageObjects = (catalogExtra = "", contents = RESUME_TEXT, resources = "") => [
  `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> ${resources} >> >>`,
  `<< /Length ${contents.length} >>\nstream\n${contents}\nendstream`,
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
];

/**
 * A DOCX zip bomb: document.xml holds `megabytes` MB of one repeated letter, deflated chunk by chunk so
 * making it needs little memory, while expanding it naively would need all of it.
 */
function docxBomb(megabytes) {
  const chunks = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const plain = (name, text) => {
    const file = new ZipDeflate(name, { level: 6, mtime: FIXED_DATE });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  plain(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  plain(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const document = new ZipDeflate("word/document.xml", { level: 1, mtime: FIXED_DATE });
  zip.add(document);
  document.push(
    strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
    ),
  );
  const megabyte = strToU8("A".repeat(1024 * 1024));
  for (let index = 0; index < megabytes; index++) document.push(megabyte);
  document.push(strToU8("</w:t></w:r></w:p></w:body></w:document>"), true);
  zip.end();
  return Buffer.concat(chunks);
}

/** Rewrites the uncompressed size of one entry in both its local and central headers (a lying zip). */
function understateSizes(zip, name, size) {
  const bytes = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (let offset = 0; offset < bytes.length - 46; offset++) {
    const signature = bytes.readUInt32LE(offset);
    if (signature === 0x04034b50 && bytes.subarray(offset + 30, offset + 30 + nameBytes.length).equals(nameBytes)) {
      bytes.writeUInt32LE(size, offset + 22);
    }
    if (signature === 0x02014b50 && bytes.subarray(offset + 46, offset + 46 + nameBytes.length).equals(nameBytes)) {
      bytes.writeUInt32LE(size, offset + 24);
    }
  }
  return bytes;
}

/**
 * strong-phd-recsys/resume.pdf with both page objects damaged ("6 0 obj" written "6 0 \xdfbj"): pdfjs
 * (like pdftotext) finds no text in it, and leaves the rejection of a page it prefetched unhandled (found by
 * the fuzzer). The honest outcome is a report saying the resume has no readable text.
 */
export function brokenPageObjects(strong) {
  let bytes = Buffer.from(strong);
  for (const page of ["6 0 obj\n<<\n/Type /Page\n", "8 0 obj\n<<\n/Type /Page\n"]) {
    const at = bytes.indexOf(page);
    if (at < 0) throw new Error(`strong-phd-recsys/resume.pdf no longer has "${page.split("\n")[0]}" as a page`);
    bytes = Buffer.concat([bytes.subarray(0, at + 4), Buffer.from("\xdfbj", "latin1"), bytes.subarray(at + 7)]);
  }
  return bytes;
}

/**
 * Each case: file name, how to make it, and what ats-score must do with it:
 * `error` (one line naming the file, exit 2) with a pattern, or `scored` (exit 0 or 1, maybe with findings).
 */
export async function buildCorpus(dir) {
  mkdirSync(dir, { recursive: true });
  const strong = fixture("fixtures/resumes/strong-phd-recsys/resume.pdf");
  const cases = [];
  const add = (name, bytes, expect) => {
    writeFileSync(path.join(dir, name), bytes);
    cases.push({ name, ...expect });
  };

  add("zero.pdf", Buffer.alloc(0), { error: /is empty/ });
  add("zero.docx", Buffer.alloc(0), { error: /is empty/ });
  add("zero.txt", Buffer.alloc(0), { error: /is empty/ });
  for (const share of [0.05, 0.5, 0.95]) {
    add(`truncated-${Math.round(share * 100)}.pdf`, strong.subarray(0, Math.floor(strong.length * share)), {
      anyOutcome: true,
    });
  }
  add("truncated-no-trailer.pdf", strong.subarray(0, strong.lastIndexOf("trailer")), { anyOutcome: true });
  const broken = Buffer.from(strong);
  const xrefAt = broken.lastIndexOf("xref");
  broken.fill("9", xrefAt + 20, Math.min(broken.length - 40, xrefAt + 400));
  add("broken-xref.pdf", broken, { anyOutcome: true });
  add("broken-page-objects.pdf", brokenPageObjects(strong), { scored: true });
  add("garbage-after-header.pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(4096, 0x41)]), {
    error: /not a valid PDF|could not be read/,
  });
  add("encrypted-user.pdf", fixture("fixtures/bad/encrypted.pdf"), { error: /password-protected/ });
  add("encrypted-owner.pdf", fixture("fixtures/bad/owner-password.pdf"), { scored: true });
  add("pages-1000.pdf", await simplePdf(1000), { scored: true });
  // 50 MB: a valid PDF padded with a comment block; refused by size before parsing.
  add("huge-50mb.pdf", Buffer.concat([await simplePdf(1), Buffer.alloc(50 * 1024 * 1024, 0x25)]), {
    error: /the limit is/,
  });
  const depth = 20000;
  add("nested-arrays.pdf", rawPdf(pageObjects(`/Nest ${"[".repeat(depth)}${"]".repeat(depth)}`)), { anyOutcome: true });
  add(
    "javascript-action.pdf",
    rawPdf([
      ...pageObjects("/OpenAction 6 0 R"),
      "<< /Type /Action /S /JavaScript /JS (app.alert\\('hi'\\); this.submitForm\\('http://example.invalid'\\);) >>",
    ]),
    { scored: true },
  );
  // A 30000 x 30000 image declared with a tiny, wrong stream: decoding it must not allocate 3.6 GB.
  const imageContents = `q 500 0 0 500 50 50 cm /Im1 Do Q ${RESUME_TEXT}`;
  add(
    "huge-image.pdf",
    rawPdf([
      ...pageObjects("", imageContents, "/XObject << /Im1 6 0 R >>"),
      "<< /Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 4 >>\nstream\nabcd\nendstream",
    ]),
    { scored: true },
  );
  add("pdf-named.docx", strong, { scored: true });
  const lines = ["Jane Doe", "jane@example.com | +1 (408) 555-0142", "EXPERIENCE", "Trained PyTorch models on GPUs."];
  const docxResume = Buffer.from(docx({ body: lines.map((line) => paragraph(run(line))).join("") }));
  add("docx-named.pdf", docxResume, { scored: true });
  add(
    "png-named.pdf",
    Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4d40000000049454e44ae426082",
      "hex",
    ),
    {
      error: /image, not a document/,
    },
  );
  add("latin1.txt", Buffer.from("Zoë Müller\nzoe@example.com\nEXPERIENCE\nData analyst, Köln\n", "latin1"), {
    scored: true,
  });
  add(
    "utf16.txt",
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Zoë Müller\nzoe@example.com\nSKILLS\nPython, SQL\n", "utf16le"),
    ]),
    { scored: true },
  );
  add("binary.txt", Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), { error: /binary file/ });
  // Zip bombs: 256 MB of one repeated letter deflates to well under 1 MB; the second one also lies
  // about its size in the zip headers, so only counting bytes while inflating catches it.
  const bomb = docxBomb(256);
  add("zip-bomb.docx", bomb, { error: /expand|too large|limit/ });
  add("zip-bomb-lying.docx", understateSizes(bomb, "word/document.xml", 4096), {
    error: /expand|too large|limit|damaged/,
  });
  add(
    "external-relationship.docx",
    Buffer.from(
      docx({
        body: `${paragraph(run("Jane Doe"))}${paragraph(run("jane@example.com"))}<w:p><w:r><w:drawing><a:blip r:link="rIdExt"/></w:drawing></w:r></w:p>`,
        extraRelationships: [
          '<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://example.invalid/track.png" TargetMode="External"/>',
        ],
      }),
    ),
    { scored: true },
  );
  add(
    "proto.json",
    Buffer.from(
      '{"basics": {"name": "Jane Doe", "email": "jane@example.com", "__proto__": {"polluted": true}}, "__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": true}}}',
    ),
    { scored: true },
  );
  symlinkSync(path.join(dir, "latin1.txt"), path.join(dir, "link-to-resume.txt"));
  cases.push({ name: "link-to-resume.txt", scored: true });
  symlinkSync("/nonexistent/target.pdf", path.join(dir, "dangling-link.pdf"));
  cases.push({ name: "dangling-link.pdf", error: /file not found/ });
  return cases;
}

/** Malformed postings for `--job`: each must give one line with file:line:col or the limit, exit 2. */
export function buildPostings(dir) {
  mkdirSync(dir, { recursive: true });
  const postings = [];
  const add = (name, text, error) => {
    writeFileSync(path.join(dir, name), text);
    postings.push({ name, error });
  };
  const skill = (index) => `  - id: skill-${index}\n    name: Skill ${index}\n`;
  add("syntax.yaml", "id: x\ntitle: [unclosed\n", /:\d+:\d+: invalid YAML/);
  add(
    "alias-bomb.yaml",
    `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
    /invalid YAML|alias/i,
  );
  add(
    "ten-thousand-skills.yaml",
    `id: big\ntitle: Big\ncompany: X\nrequirements: []\nskills:\n${Array.from({ length: 10000 }, (_, index) => skill(index)).join("")}`,
    /at most \d+ entries/,
  );
  add(
    "proto.yaml",
    "id: x\ntitle: X\ncompany: Y\n__proto__:\n  polluted: true\nskills: []\nrequirements: []\n",
    /__proto__ is not a known key/,
  );
  add("not-a-mapping.yaml", "- just\n- a list\n", /must be a mapping/);
  add("binary.yaml", "\u0000\u0001\u0002", /invalid YAML|must be a mapping/);
  return postings;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/make-hostile-corpus.mjs <dir>");
    process.exit(2);
  }
  const cases = await buildCorpus(path.join(dir, "resumes"));
  const postings = buildPostings(path.join(dir, "postings"));
  console.log(`wrote ${cases.length} resumes and ${postings.length} postings under ${dir}`);
}
