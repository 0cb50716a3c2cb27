import type { Finding, RequirementResult } from "../types.js";

type Data = Finding["data"];
const list = (value: Data[string]) => (Array.isArray(value) ? value.join(", ") : String(value));

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
    `Your ${data.field} (${data.value}) is only in the page ${data.band}; many ATS parsers skip ${data.band}s. Move it into the body.`,
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
