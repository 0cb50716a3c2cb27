/**
 * Posting import: raw posting text (plain, Markdown or HTML) -> a Posting-shaped draft and its commented
 * YAML. Pure: no file system, no network; the caller reads the file (see read.ts) and validates the YAML
 * with parsePosting like any other spec.
 */
import type { Importance, Posting } from "../../types.js";
import { ConceptBook, slug, type DraftConcept, type Origin } from "./concepts.js";
import { findApplication, findCompany, findLocations, findPay, findTitle, type Found } from "./details.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { findKeywords, type DraftKeyword } from "./keywords.js";
import { textToLines } from "./lines.js";
import { QualificationReader, type DraftArea, type DraftRequirement } from "./qualifications.js";
import { renderYaml } from "./render.js";
import { toClauses, type Clause, type Role } from "./sections.js";

export type ImportFormat = "text" | "markdown" | "html";

export interface ImportOptions {
  /** Names the source in comments and in `source`. */
  fileName: string;
  /** Detected from the text when absent. */
  format?: ImportFormat;
  /** Overrides for what the text may not say. */
  id?: string;
  title?: string;
  company?: string;
}

/** How one qualification line was read: kept for review and for measuring the importer. */
export interface LineTrace {
  line: number;
  text: string;
  role: Role;
  importance: Importance;
  cue: string;
  /** Concept and requirement ids the line produced (empty: nothing recognised). */
  produced: string[];
}

/** Everything the YAML is rendered from, with where each value came from. */
export interface ImportDraft {
  fileName: string;
  format: ImportFormat;
  lineCount: number;
  id: string;
  title: Found<string>;
  company: Found<string>;
  locations: Found<string[]>;
  pay?: Found<NonNullable<Posting["pay"]>>;
  education?: { value: Posting["education"]; importance: Importance; origin: Origin };
  areas: DraftArea[];
  concepts: DraftConcept[];
  /** The posting's other keywords: repeated words and word pairs that are not skills. */
  keywords: DraftKeyword[];
  requirements: DraftRequirement[];
  application: Found<Posting["application"]> & { contactOrigin?: Origin };
  trace: LineTrace[];
}

export interface ImportResult {
  draft: ImportDraft;
  yaml: string;
}

export const UNKNOWN_TITLE = "Untitled role";
export const UNKNOWN_COMPANY = "Unknown company";

/** A description sentence that reads like a qualification, for postings with no qualifications heading. */
const QUALIFICATION_HINT =
  /\b(experience|knowledge|proficien\w*|familiar\w*|expertise|years?|degree|skills?|understanding|ability to|background in|conocimientos?|experiencia|manejo|dominio)\b/i;

export function detectFormat(text: string, fileName: string): ImportFormat {
  if (/\.html?$/i.test(fileName) || looksLikeHtml(text)) return "html";
  if (/\.(md|markdown)$/i.test(fileName) || /^\s{0,3}#{1,6}\s|\*\*[^*]+\*\*/m.test(text)) return "markdown";
  return "text";
}

const originOf = (clause: Clause, how: string): Origin => ({ line: clause.line, text: clause.text, how });

function howRead(clause: Clause): string {
  if (clause.role === "skills") return `listed skill${clause.level ? ` (${clause.level})` : ""}`;
  if (clause.explicit) return `${clause.importance}, ${clause.cue}`;
  return clause.role === "intro" || clause.role === "responsibilities" ? "mentioned in the description" : clause.role;
}

export function importPosting(text: string, options: ImportOptions): ImportResult {
  const format = options.format ?? detectFormat(text, options.fileName);
  const html = format === "html" ? htmlToText(text) : undefined;
  const lines = html ? textToLines(html.text, html.lineNumbers) : textToLines(text);
  const sectioned = toClauses(lines);
  const { clauses } = sectioned;
  const title: Found<string> = options.title
    ? { value: options.title }
    : (findTitle(lines, sectioned) ?? { value: UNKNOWN_TITLE });
  const company: Found<string> = options.company
    ? { value: options.company }
    : (findCompany(lines) ?? { value: UNKNOWN_COMPANY });
  const postingWords = new Set(
    lines.flatMap((line) => line.text.match(/[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[./-][\p{L}\p{N}+#]+)*/gu) ?? []),
  );
  const book = new ConceptBook(company.value === UNKNOWN_COMPANY ? "" : company.value, postingWords);
  const reader = new QualificationReader(book);
  const hasQualifications = clauses.some((clause) => clause.role === "required" || clause.role === "preferred");
  const trace: LineTrace[] = [];
  for (const clause of clauses) {
    const origin = originOf(clause, howRead(clause));
    const qualification =
      clause.role === "required" ||
      clause.role === "preferred" ||
      ((clause.role === "intro" || clause.role === "responsibilities") &&
        (clause.explicit || (!hasQualifications && QUALIFICATION_HINT.test(clause.text))));
    if (qualification) {
      const produced = reader.readQualification(clause, origin);
      trace.push({ ...clause, produced });
    } else if (clause.role === "skills") reader.readListed(clause, origin);
    else if (clause.role === "intro" || clause.role === "responsibilities") reader.readMentions(clause, origin);
  }
  for (const concept of book.concepts) {
    // A listed skill is required unless a qualification says otherwise; a description mention is not.
    if (concept.basis === "listed") concept.importance = "required";
    if (concept.basis === "mentioned") concept.importance = hasQualifications ? "preferred" : "required";
  }
  const application = findApplication(clauses);
  const requirements = [...reader.requirements];
  const usedAreas = new Set(book.concepts.map((concept) => concept.area).filter(Boolean));
  const areas = reader.areas.filter((area) => usedAreas.has(area.id));
  const applicationRequirement = (
    id: string,
    label: string,
    kind: "contact" | "section",
    weight: number,
    from?: Origin,
  ) => from && requirements.push({ id, label, importance: "required", kind, skills: [], min: 1, weight, origin: from });
  if (application.value.contact.length > 0) {
    applicationRequirement(
      "contact-complete",
      `Resume gives the ${application.value.contact.join(", ")} the application asks for`,
      "contact",
      0.5,
      application.contactOrigin,
    );
  }
  if (application.value.sections.length > 0) {
    applicationRequirement(
      "resume-sections",
      `Resume has the ${application.value.sections.join(", ")} the application asks for`,
      "section",
      0.25,
      application.origin,
    );
  }
  const known = company.value === UNKNOWN_COMPANY ? "" : company.value;
  const locations = findLocations(clauses, lines);
  const keywords = findKeywords({
    clauses,
    title: title.value === UNKNOWN_TITLE ? undefined : { text: title.value, line: title.origin?.line ?? 0 },
    exclude: [known, ...locations.value],
    skills: book.concepts.flatMap((concept) => [
      concept.name,
      ...concept.keywords,
      ...concept.aliases,
      ...concept.acronyms,
    ]),
  });
  const draft: ImportDraft = {
    fileName: options.fileName,
    format,
    lineCount: text.split(/\r\n|\r|\n/).length,
    id: options.id ?? (slug(`${known} ${title.value}`) || "imported-posting"),
    title,
    company,
    locations,
    pay: findPay(clauses),
    ...(reader.education
      ? {
          education: {
            value: { ...reader.education.finding },
            importance: reader.education.importance,
            origin: reader.education.origin,
          },
        }
      : {}),
    areas,
    concepts: book.concepts,
    keywords,
    requirements: requirements.filter((requirement) => requirement.kind !== "any-area" || areas.length > 0),
    application,
    trace,
  };
  return { draft, yaml: renderYaml(draft) };
}
