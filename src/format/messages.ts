import type { Finding, RequirementResult } from "../types.js";

type Data = Finding["data"];
const list = (value: Data[string]) => (Array.isArray(value) ? value.join(", ") : String(value));
const quoted = (value: Data[string]) =>
  Array.isArray(value) ? value.map((item) => `"${item}"`).join(", ") : `"${value}"`;
const megabytes = (bytes: Data[string]) => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MB`;
const HIDDEN_REASONS: Record<string, string> = {
  invisible: "invisible (no-paint text mode or zero opacity)",
  "background-colour": "the same colour as the background",
  tiny: "smaller than 4 pt",
  "off-page": "outside the page",
  vanish: "formatted as hidden",
};

/** Messages of the layout and file checks (docs/checks.md explains each). */
const FORMAT_MESSAGES: Record<string, (data: Data) => string> = {
  "image-only": (data) =>
    `Page ${data.page} is a picture (${Math.round(Number(data.imageShare) * 100)}% of it) with no text: an ATS reads nothing on it. Export it as text, not a scan.`,
  "missing-tounicode": (data) =>
    `Text in ${list(data.fonts)} cannot be decoded (${Math.round(Number(data.unmappedShare) * 100)}% of its characters): an ATS gets garbage. Re-export from the original document.`,
  "hidden-text": (data) =>
    `${data.lines} line(s) of text are ${HIDDEN_REASONS[String(data.reason)] ?? data.reason} ("${data.sample}"). Hidden text looks like gaming the ATS; it is not counted. Delete it.`,
  encrypted: (data) =>
    Array.isArray(data.restrictions) && data.restrictions.length > 0
      ? `The PDF forbids ${list(data.restrictions)}; some ATS parsers refuse it or cannot copy its text. Export it without restrictions.`
      : "The PDF is encrypted; some ATS parsers refuse encrypted files. Export it without a password or restrictions.",
  "file-size": (data) =>
    `The file is ${megabytes(data.bytes)}, over ${megabytes(data.limit)}${Number(data.limit) >= 5 * 1024 * 1024 ? ", the upload limit of Taleo and many portals" : "; heavy for a resume"}. Compress or remove pictures.`,
  truncated: () => "The PDF ends before its end-of-file marker: it is damaged or cut off. Export it again.",
  "icons-for-contact": (data) =>
    `Your contact details use ${data.glyphs} icon glyph(s) and ${data.pictures} icon picture(s) ("${data.sample}"): an ATS reads them as stray characters or nothing. Use plain text.`,
  "two-columns": (data) =>
    `Page ${data.page} has two columns; a parser reading across mixes them${Array.isArray(data.naive) && data.naive.length ? ` (e.g. ${quoted(data.naive)})` : ""}. Use one column.`,
  sidebar: (data) =>
    `Page ${data.page} has a sidebar; parsers merge it into the main text or skip it${Array.isArray(data.naive) && data.naive.length ? ` (e.g. ${quoted(data.naive)})` : ""}. Move its contents into normal sections.`,
  "table-layout": (data) =>
    data.kind === "aligned"
      ? `Page ${data.page}: ${data.rows} rows are laid out as a grid without lines ("${data.sample}"); they read across correctly, but some parsers split grids by column.`
      : `Page ${data.page}: ${data.rows} rows sit in a ${data.kind === "docx" ? "Word" : "ruled"} table ("${data.sample}"); many parsers read tables cell by cell or skip them. Write them as plain lines.`,
  "text-boxes": (data) =>
    `${data.lines} line(s) sit in text boxes (${quoted(data.texts)}); many parsers skip text boxes. Move the text into the body.`,
  "rotated-text": (data) =>
    `${data.lines} line(s) are rotated (${quoted(data.texts)}); parsers misread rotated text. Write it horizontally.`,
  "header-footer-text": (data) =>
    `${data.lines} line(s) sit in the page ${data.band} (${quoted(data.texts)}); many ATS parsers drop headers and footers.`,
  "nonstandard-headings": (data) =>
    `These look like section headings but use words an ATS does not map: ${quoted(data.headings)}. Use standard headings (Experience, Education, Skills, Projects).`,
  "letter-spaced-headings": (data) =>
    `Letter-spaced text comes out as single letters (${quoted(data.examples)}); parsers miss such headings. Remove the extra spacing.`,
  ligatures: (data) =>
    `${data.words} word(s) contain ligature characters (${quoted(data.examples)}); an ATS searching for the plain spelling misses them. Export with a Unicode map for ligatures.`,
  "unusual-bullets": (data) =>
    data.corrupting
      ? `${data.lines} line(s) start with symbol-font glyphs that decode as letters (${list(data.bullets)}), corrupting the first word. Use plain bullets (•).`
      : `${data.lines} line(s) start with unusual symbols (${list(data.bullets)}); parsers may not recognise them as bullets. Use plain bullets (•).`,
  "fonts-not-embedded": (data) =>
    `Fonts not embedded: ${list(data.fonts)}; the reader substitutes others. Export with fonts embedded.`,
  images: (data) =>
    `${data.count} picture(s)${Number(data.largestShare) > 0 ? ` (largest ${Math.round(Number(data.largestShare) * 100)}% of a page)` : ""}: an ATS ignores them, so nothing important should exist only as a picture.`,
  "page-size": (data) =>
    `Page ${data.page} is ${data.width} × ${data.height} pt (${data.problem === "long-page" ? "one long page" : "landscape"}); use Letter or A4 portrait pages.`,
  "page-count": (data) => `The file has ${data.pages} pages; only ${data.read} were read. Send the resume on its own.`,
  metadata: (data) =>
    `The PDF's title is "${data.title}"; viewers show it. Set the title to your name before exporting.`,
};

/** One sentence per check id, built from the finding's data; JSON keeps the data, people get this. */
const FINDING_MESSAGES: Record<string, (data: Data) => string> = {
  "no-text": (data) =>
    `No readable text (${data.textChars} characters on ${data.pages} page(s)): an ATS will see an empty resume. Export a text PDF instead of a scan or image.`,
  "missing-email": () => "No e-mail address found in the resume body; put it in the first lines as plain text.",
  "missing-phone": () => "No phone number found; add one with its country code next to your e-mail.",
  "missing-address": (data) =>
    data.askedByPosting
      ? data.hasLocation
        ? "The posting asks for a mailing address; you give only city and state. Add street and ZIP."
        : "The posting asks for a mailing address and none was found; add street, city, state and ZIP."
      : "No mailing address or city/state found; many ATS location filters need at least city and state.",
  "contact-in-header": (data) =>
    data.band === "image"
      ? "No e-mail or phone in the text, but a picture spans the top of page 1: if your contact details are in it, no ATS can read them. Write them as text."
      : `Your ${data.field} (${data.value}) is only in the page ${data.band}; many ATS parsers skip ${data.band}s. Move it into the body.`,
  "missing-sections": (data) =>
    `No ${data.section} section heading recognised (accepted: ${list(data.accepted)}); use a standard heading so the ATS maps it.`,
  length: (data) =>
    data.problem === "too-short"
      ? `Only ${data.words} words: too little for an ATS to match (aim for ${data.min}+).`
      : data.problem === "too-long"
        ? `${data.words} words: long for a recruiter's six-second skim; tighten to the most relevant work.`
        : `${data.pages} pages: more than ${data.max}; keep the resume to one or two pages unless publications need more.`,
  "keyword-stuffing": (data) =>
    data.hidden
      ? `Hidden text (white, invisible, tiny or off-page) names ${data.terms} posting terms (e.g. ${list(data.examples)}). Recruiters treat it as gaming the ATS and it earns no credit; remove it.`
      : `The ${data.section} block names ${data.terms} posting terms, ${data.unsupported} with no support elsewhere (e.g. ${list(data.examples)}). It earns almost no credit; show real skills in bullets instead.`,
  ...FORMAT_MESSAGES,
};

export function findingMessage(finding: Finding): string {
  const build = FINDING_MESSAGES[finding.checkId];
  return build ? build(finding.data) : `${finding.checkId}: ${JSON.stringify(finding.data)}`;
}

/** Plain-language reason for a requirement's status. */
export function requirementReason(result: RequirementResult): string {
  const reason = result.reason;
  const fixed: Record<string, string> = {
    enrolled: "enrolled in the degree",
    "enrolled-field-unlisted": "enrolled, but the field is not one the posting names; say how it relates",
    "degree-completed": "the degree appears completed; the posting wants a current student",
    "enrolment-unclear": "degree found but no dates; add the expected graduation date",
    "no-degree-found": "no degree found in the education section",
    "degree-found": "degree found",
    "field-unlisted": "degree found, field not among those listed",
    evidence: "shown by",
    "keyword-block-only": "only named in a keyword list, never shown in use",
    "listed-only": "named in the skills list, but no bullet shows it in use",
    "weak-evidence": "only weak evidence (a related term, a course or a hedged mention)",
    "no-evidence": "no evidence in the resume",
    "area-depth": "depth shown in",
    "area-shallow": "some related work, but no area is covered in depth",
    "no-area": "none of the domain areas is shown",
    complete: "all present",
    "sections-present": "both present",
  };
  if (fixed[reason]) return fixed[reason];
  if (reason.startsWith("highest-degree-")) return `highest degree found: ${reason.replace("highest-degree-", "")}`;
  if (reason.startsWith("missing-")) return `missing: ${reason.replace("missing-", "").replace(/-/g, ", ")}`;
  return reason;
}
