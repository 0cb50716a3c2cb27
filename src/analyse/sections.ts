import type { Line, Section, SectionId } from "../types.js";

/** Heading wordings, normalised (lower case, letters and spaces only), for each standard section. */
const HEADINGS: Record<Exclude<SectionId, "other">, string[]> = {
  contact: [
    "contact",
    "contact information",
    "contact details",
    "contact info",
    "personal information",
    "personal details",
  ],
  summary: [
    "summary",
    "professional summary",
    "profile",
    "professional profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "research interests",
    "interests and summary",
    "overview",
    "career summary",
    "qualifications summary",
    "summary of qualifications",
    "executive summary",
    "research statement",
  ],
  education: [
    "education",
    "academic background",
    "education and training",
    "academic history",
    "educational background",
    "academics",
    "education and certifications",
  ],
  experience: [
    "experience",
    "work experience",
    "professional experience",
    "clinical experience",
    "research and work experience",
    "relevant work experience",
    "employment",
    "employment history",
    "work history",
    "industry experience",
    "relevant experience",
    "internships",
    "internship experience",
    "career history",
    "professional background",
    "experience highlights",
    "work",
    "positions",
  ],
  research: [
    "research",
    "research experience",
    "research projects",
    "selected research",
    "research and projects",
    "thesis",
    "master thesis",
    "masters thesis",
  ],
  publications: [
    "publications",
    "selected publications",
    "papers",
    "conference papers",
    "journal articles",
    "publications and preprints",
    "preprints",
    "patents and publications",
    "publications and presentations",
    "presentations",
    "talks",
  ],
  projects: [
    "projects",
    "selected projects",
    "personal projects",
    "academic projects",
    "technical projects",
    "open source",
    "open source contributions",
    "side projects",
  ],
  skills: [
    "skills",
    "technical skills",
    "core competencies",
    "competencies",
    "key skills",
    "skills and tools",
    "tools",
    "technologies",
    "programming languages",
    "languages and tools",
    "technical expertise",
    "areas of expertise",
    "expertise",
    "skill highlights",
    "skills summary",
    "keywords",
    "core qualifications",
    "qualifications",
    "computer skills",
    "technical proficiencies",
    "skills and abilities",
    "skills and interests",
    "clinical skills",
    "languages",
    "language skills",
  ],
  coursework: [
    "coursework",
    "relevant coursework",
    "selected coursework",
    "courses",
    "graduate coursework",
    "relevant courses",
  ],
  awards: [
    "awards",
    "honors",
    "honours",
    "awards and honors",
    "honors and awards",
    "achievements",
    "fellowships",
    "fellowships and awards",
    "scholarships",
    "grants",
    "accomplishments",
    "accomplishments and awards",
    "awards and accomplishments",
  ],
  teaching: ["teaching", "teaching experience", "mentoring", "teaching and mentoring"],
  service: [
    "service",
    "professional service",
    "academic service",
    "volunteer",
    "volunteering",
    "volunteer experience",
    "community service",
    "reviewing",
    "program committees",
  ],
  certifications: [
    "certifications",
    "certificates",
    "licenses",
    "licenses and certifications",
    "certifications and licenses",
    "licensure",
    "training",
  ],
  leadership: [
    "leadership",
    "leadership experience",
    "activities",
    "extracurricular activities",
    "extracurricular activity",
    "affiliations",
    "memberships",
    "professional affiliations",
  ],
  interests: ["interests", "hobbies", "hobbies and interests", "personal interests"],
  references: ["references", "referees"],
};

const headingIndex = new Map<string, SectionId>();
for (const [id, names] of Object.entries(HEADINGS)) {
  for (const name of names) headingIndex.set(name, id as SectionId);
}

/** Lower-cases, collapses letter-spaced words ("E X P E R I E N C E") and drops punctuation. */
export function normaliseHeading(text: string): string {
  let cleaned = text.trim();
  if (/^(\S ){3,}\S$/.test(cleaned)) cleaned = cleaned.replace(/ /g, "");
  return cleaned
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The section a heading line names, or undefined when the line is not a heading. */
export function sectionForHeading(text: string): SectionId | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 48 || /[.,;]$/.test(trimmed)) return undefined;
  const normal = normaliseHeading(trimmed);
  if (normal.split(" ").length > 5) return undefined;
  // "Skills & Awards", "Education and Certifications": the first known part names the section.
  return headingIndex.get(normal) ?? headingIndex.get(normal.split(" and ")[0]);
}

/** Marks heading lines, assigns each line its section and returns the section list. */
export function detectSections(lines: Line[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { id: "contact", heading: "", headingLine: -1, startLine: 0, endLine: -1 };
  for (const line of lines) {
    const id = line.band === "body" && !line.hidden ? sectionForHeading(line.text) : undefined;
    if (id) {
      if (current.endLine >= current.startLine || current.headingLine >= 0) sections.push(current);
      line.heading = true;
      line.section = id;
      current = {
        id,
        heading: line.text.trim(),
        headingLine: line.index,
        startLine: line.index + 1,
        endLine: line.index,
      };
      continue;
    }
    line.section = current.id;
    current.endLine = line.index;
  }
  if (current.endLine >= current.startLine || current.headingLine >= 0) sections.push(current);
  return sections;
}
