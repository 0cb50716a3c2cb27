/**
 * The contracts between pipeline stages: extract -> Document, load -> Posting, analyse -> Report.
 * Everything here is plain data (JSON-serialisable) so stages can be tested with tables and run in workers.
 */

/** Standard resume sections we recognise from headings. */
export type SectionId =
  | "contact"
  | "summary"
  | "education"
  | "experience"
  | "research"
  | "publications"
  | "projects"
  | "skills"
  | "coursework"
  | "awards"
  | "teaching"
  | "service"
  | "certifications"
  | "leadership"
  | "interests"
  | "references"
  | "other";

export type InputFormat = "pdf" | "docx" | "txt" | "md" | "json";

/** One visual line of text, in reading order. Coordinates are PDF points from the page's top-left. */
export interface Line {
  /** Position in Document.lines (reading order). */
  index: number;
  /** 1-based page number. */
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Dominant font size in points (0 when unknown, e.g. plain text input). */
  fontSize: number;
  /** Dominant font name as the file names it ("" when unknown). */
  fontName: string;
  bold: boolean;
  /** Section the line belongs to, filled in by section detection. */
  section: SectionId;
  /** True when this line is a section heading. */
  heading: boolean;
  /** Where on the page the line sits: repeated top/bottom bands are header/footer. */
  band: "header" | "body" | "footer";
  /** Text a reader cannot see (white, invisible mode, tiny, off-page). Excluded from matching. */
  hidden: boolean;
  /** For text and Markdown input: the 0-based line of the source file this line came from. */
  sourceLine?: number;
  /** Why the line is hidden (set only when `hidden` is true). */
  hiddenReason?: HiddenReason;
  /** 1-based column on a page laid out in columns or with a sidebar (absent on single-column pages). */
  column?: number;
  /**
   * The line is a table row: "ruled" (PDF cells drawn with lines), "aligned" (PDF text in a grid of three or
   * more columns, no lines), "docx" (a Word table).
   */
  table?: "ruled" | "aligned" | "docx";
  /** True for DOCX text boxes and PDF text drawn at an angle: many parsers skip or misplace both. */
  floating?: boolean;
  /**
   * Offsets in `text` of characters drawn with an icon or dingbat font (FontAwesome, Wingdings, ZapfDingbats)
   * or in the private use area: pictures that an ATS reads as stray letters or boxes.
   */
  symbols?: number[];
}

/**
 * "invisible": render mode 3 or zero opacity; "background-colour": the same colour as what is under it
 * (white on white); "tiny": under 4 pt; "off-page": outside the page box; "vanish": DOCX hidden text.
 */
export type HiddenReason = "invisible" | "background-colour" | "tiny" | "off-page" | "vanish";

/** How a page's text is laid out; `columns` are the x-ranges of the columns, left to right. */
export interface PageLayout {
  kind: "single" | "two-columns" | "sidebar";
  columns: { x: number; width: number }[];
  /** Vertical extent of the column region (full-width lines above or below it are read first or last). */
  top: number;
  bottom: number;
}

export interface Page {
  number: number;
  width: number;
  height: number;
  /** Number of text lines on the page (0 for image-only pages). */
  lineCount: number;
  /** Raster images drawn on the page, with their area as a share of the page (0..1). */
  images: { x: number; y: number; width: number; height: number; areaShare: number }[];
  /** Column layout, when the page was analysed for it (PDF input). */
  layout?: PageLayout;
}

export interface Section {
  id: SectionId;
  /** Heading text as written ("" for the implicit contact block at the top). */
  heading: string;
  /** Line index of the heading, or -1 for the implicit top block. */
  headingLine: number;
  /** First and last content line (inclusive). */
  startLine: number;
  endLine: number;
}

export interface ContactField {
  value: string;
  line: number;
  /** Header/footer-only contact is invisible to many ATS parsers. */
  band: Line["band"];
}

export interface Contact {
  name?: ContactField;
  email?: ContactField;
  phone?: ContactField;
  address?: ContactField;
  /** City and state/region when a full mailing address is absent. */
  location?: ContactField;
  linkedin?: ContactField;
  github?: ContactField;
  website?: ContactField;
}

/** Facts about the file itself, gathered during extraction for the format checks. */
export interface ExtractionFacts {
  pageCount: number;
  fileBytes: number;
  /** Number of characters of visible text. */
  textChars: number;
  /** Pages without any text layer. */
  pagesWithoutText: number[];
  imageCount: number;
  /** PDF metadata (title, author, producer), when present. */
  metadata: Record<string, string>;
  /**
   * Font names seen, with whether each is embedded (PDF only). `glyphs` counts the glyphs drawn with it and
   * `unmapped` those with no usable Unicode value (no ToUnicode map: garbled text); `privateUse` counts icon
   * or symbol code points (U+E000-F8FF).
   */
  fonts: { name: string; embedded: boolean; glyphs?: number; unmapped?: number; privateUse?: number }[];
  /** The file is encrypted (it opens without a password, but some ATS parsers refuse encrypted files). */
  encrypted?: boolean;
  /** Operations the file's permissions forbid: "copy", "print", "modify", "extract-for-accessibility"... */
  restrictions?: string[];
  /** The file ends early (no end-of-file marker): it was cut off in transfer or saved incompletely. */
  truncated?: boolean;
  /** Pages actually read (fewer than pageCount when --max-pages cut the file short). */
  pagesRead?: number;
  /**
   * Words the PDF writes with ligature characters (ﬁ, ﬂ, ﬀ): Line.text has them decomposed, as most parsers do,
   * but a parser that keeps them cannot match "ﬁne-tuning" to "fine-tuning".
   */
  ligatures?: { words: number; examples: string[] };
  /** DOCX: parts an ATS may skip, counted (text boxes, tables, header and footer paragraphs). */
  docxParts?: { textBoxes: number; tables: number; headers: number; footers: number };
}

export interface Document {
  source: { path: string; format: InputFormat; bytes: number };
  pages: Page[];
  lines: Line[];
  sections: Section[];
  contact: Contact;
  facts: ExtractionFacts;
}

/* ------------------------------------------------------------------ posting */

export type Importance = "required" | "preferred";

/** A skill the posting asks for, as a concept with every way a resume might name it. */
export interface SkillConcept {
  /** Stable kebab-case id, e.g. "collaborative-filtering". */
  id: string;
  /** Display name, the posting's own phrase. */
  name: string;
  /** Domain area id (Posting.areas) this skill belongs to, or absent for core skills. */
  area?: string;
  /** Other names and spellings: "torch" for PyTorch, "large language models" for LLMs. */
  aliases: string[];
  /** Upper-case abbreviations, matched case-sensitively: "LLM", "RL", "DDP". */
  acronyms: string[];
  /** Broader or neighbouring terms that earn partial credit only. */
  related: string[];
  /**
   * Words of which at least one must appear near a match for short or ambiguous terms
   * ("R", "Go", "alignment"); empty means no context is needed.
   */
  context: string[];
  importance: Importance;
  /** The posting's exact keywords for this skill (keyword score checks literal wording). */
  keywords: string[];
  /**
   * Knowledge-base entries (data/skills-kb.json ids) whose aliases, acronyms and related terms the concept
   * takes on. Absent: the entry named like the concept, if any. `[]`: none.
   */
  kb?: string[];
}

export interface DomainArea {
  id: string;
  name: string;
}

/** A qualification from the posting checked as met / not met / unclear. */
export interface Requirement {
  id: string;
  /** Short label for the checklist, in our words. */
  label: string;
  importance: Importance;
  /**
   * How the requirement is satisfied:
   * - "education": degree level and enrolment, from the education section;
   * - "any-area": depth in at least `min` domain areas;
   * - "any-skill": at least `min` of the listed skills;
   * - "contact": the listed contact fields; "section": the listed sections exist.
   */
  kind: "education" | "any-area" | "any-skill" | "contact" | "section";
  skills: string[];
  min: number;
  weight: number;
}

/** A word or phrase of the posting that is not a skill but that an ATS keyword search would also type. */
export interface PostingKeyword {
  /** As the posting writes it ("audit", "account management"); matched by lemma, like a skill's keywords. */
  term: string;
  /** How much it counts against the posting's other keywords (the importer uses how often the posting says it). */
  weight: number;
}

export interface Posting {
  id: string;
  title: string;
  company: string;
  locations: string[];
  pay?: { min: number; max: number; currency: string; per: "hour" | "year" };
  startDates: string[];
  source: string;
  education: {
    level: "phd" | "masters" | "bachelors" | "none";
    enrolled: boolean;
    fields: string[];
  };
  areas: DomainArea[];
  skills: SkillConcept[];
  softSkills: SkillConcept[];
  requirements: Requirement[];
  /**
   * Other keywords: the posting's salient words that are not skills (job-title words, domain nouns such as
   * "audit", "reconciliation", "campaign"). Absent or empty: the keyword score counts skills' keywords only.
   */
  keywords?: PostingKeyword[];
  application: {
    contact: ("email" | "phone" | "address")[];
    sections: SectionId[];
  };
}

/* ------------------------------------------------------------------- report */

export type MatchKind = "exact" | "lemma" | "alias" | "acronym" | "related";

/** One place in the resume where a skill shows up. */
export interface Evidence {
  /** The resume text that matched, as written. */
  text: string;
  line: number;
  page: number;
  section: SectionId;
  kind: MatchKind;
  /**
   * 0..1: used in an experience/research/project bullet (1) > publications > skills list >
   * coursework > summary > keyword block.
   */
  strength: number;
  /** Weakening cues next to the match ("basic exposure to", "no experience with"). */
  hedged: boolean;
  /** End year of the role the mention belongs to, present when its age lowered the strength. */
  year?: number;
}

export type MatchStatus = "matched" | "partial" | "missing";

export interface SkillMatch {
  skillId: string;
  name: string;
  area?: string;
  importance: Importance;
  status: MatchStatus;
  /** 0..1 credit from the best evidence. */
  credit: number;
  evidence: Evidence[];
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  checkId: string;
  severity: Severity;
  /** Machine-readable facts the message is built from. */
  data: Record<string, string | number | boolean | string[]>;
  /** Where: a line/page for layout facts, or a path into the document for whole-resume facts. */
  location: { line?: number; page?: number; path?: (string | number)[] };
}

export type RequirementStatus = "met" | "not-met" | "unclear";

export interface RequirementResult {
  id: string;
  label: string;
  importance: Importance;
  status: RequirementStatus;
  /** Short machine-readable reason ("phd-enrolled", "no-evidence", "listed-only"...). */
  reason: string;
  evidence: Evidence[];
  /** Skills or areas that satisfied it. */
  satisfiedBy: string[];
}

export interface AreaResult {
  id: string;
  name: string;
  /** 0..1 weighted coverage of the area's skills. */
  coverage: number;
  matched: string[];
}

export interface Scores {
  overall: number;
  keywords: number;
  skills: number;
  requirements: number;
  format: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: "ats-score"; version: string };
  resume: { path: string; format: InputFormat; pages: number; words: number };
  job: { id: string; title: string; company: string };
  /** False when no text could be read: the scores are then meaningless and say so. */
  readable: boolean;
  scores: Scores;
  requirements: RequirementResult[];
  areas: AreaResult[];
  skills: SkillMatch[];
  softSkills: SkillMatch[];
  keywords: { keyword: string; skillId: string; found: boolean; count: number }[];
  /** The posting's other keywords (Posting.keywords) and whether the resume has them; absent when it has none. */
  otherKeywords?: { keyword: string; weight: number; found: boolean; count: number }[];
  sections: { id: SectionId; heading: string; line: number }[];
  contact: Contact;
  findings: Finding[];
}

/* ------------------------------------------------------------------- checks */

/** What a check sees: the document, the posting and facts the matcher found. */
export interface CheckContext {
  doc: Document;
  posting: Posting;
  /** Findings from skill matching (keyword stuffing), surfaced through their check. */
  matchFindings: Finding[];
  /** Visible words in the resume. */
  words: number;
}

/** A format or content check, in the manner of an ESLint rule: metadata plus a pure `run`. */
export interface Check {
  /** Stable id used in JSON, SARIF and the docs. */
  id: string;
  severity: Severity;
  /** One line: what the check looks for. */
  description: string;
  /** Why an ATS or a recruiter cares. */
  why: string;
  /** How to fix it. */
  fix: string;
  run(context: CheckContext): Finding[];
}

/* -------------------------------------------------------------------- batch */

/** A finding as a batch row keeps it, with its place in the file for CI annotations. */
export interface BatchFinding extends Finding {
  /** 1-based page, and the 1-based line of the source file (text and Markdown input only). */
  fileLocation: { page?: number; line?: number };
}

/** One resume scored against one job: the small part of a Report that ranking and CI output need. */
export interface BatchJobResult {
  job: string;
  readable: boolean;
  scores: Scores;
  /** The first missing skills, required first, named as the pretty report names them. */
  missing: string[];
  findings: BatchFinding[];
}

/** One resume in a batch: its results against every job, or why it could not be scored. */
export interface BatchRow {
  /** The file as found from the command's arguments. */
  file: string;
  format?: InputFormat;
  pages?: number;
  words?: number;
  /** Set when the file could not be scored (unreadable, timed out); `results` is then empty. */
  error?: { code: string; message: string };
  /** One per job, in the order the jobs were given. */
  results: BatchJobResult[];
  /** The job with the highest overall score (the first given on a tie). */
  best?: string;
}

export interface BatchSummary {
  /** Files taken up (scored, failed, or cut short by an interruption). */
  files: number;
  scored: number;
  failed: number;
  /** Resume × job pairs below --min-score. */
  belowMinScore: number;
  /** True when the run was stopped (Ctrl-C) and the rows are partial. */
  interrupted: boolean;
}

/** The batch command's JSON output (`--format json`); JSONL prints one BatchRow per line instead. */
export interface BatchReport {
  schemaVersion: 1;
  tool: Report["tool"];
  jobs: Report["job"][];
  minScore?: number;
  summary: BatchSummary;
  /** Ranked by the chosen sort field; files that could not be scored last. */
  rows: BatchRow[];
}
