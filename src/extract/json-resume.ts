import { InputError } from "../errors.js";
import type { Document } from "../types.js";
import { textToDocument } from "./text.js";

/** A JSON path to one string of a JSON Resume ("work", 0, "highlights", 2). */
export type JsonPath = (string | number)[];

export interface JsonResumeText {
  /** The resume rendered as Markdown, the way we read it. */
  markdown: string;
  /** For each Markdown line, the JSON string it came from (undefined for headings we add). */
  paths: (JsonPath | undefined)[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The sections of the JSON Resume schema (jsonresume.org) we read, with the heading they get. */
const WORK_LIKE: [string, string][] = [
  ["work", "Experience"],
  ["volunteer", "Volunteer Experience"],
  ["projects", "Projects"],
];

/**
 * Renders a JSON Resume (https://jsonresume.org/schema) as Markdown, remembering where each line came
 * from so edits can be written back into the JSON.
 */
export function renderJsonResume(resume: Json): JsonResumeText {
  const lines: string[] = [];
  const paths: (JsonPath | undefined)[] = [];
  const add = (line: string, path?: JsonPath) => {
    lines.push(line);
    paths.push(path);
  };
  const basics = isObject(resume.basics) ? resume.basics : {};
  if (text(basics.name)) add(`# ${text(basics.name)}`, ["basics", "name"]);
  if (text(basics.label)) add(text(basics.label), ["basics", "label"]);
  const contact = [text(basics.email), text(basics.phone), text(basics.url)].filter(Boolean).join(" | ");
  if (contact) add(contact);
  const location = isObject(basics.location) ? basics.location : {};
  const address = [
    text(location.address),
    text(location.city),
    [text(location.region), text(location.postalCode)].filter(Boolean).join(" "),
  ]
    .filter(Boolean)
    .join(", ");
  if (address) add(address);
  const profiles = Array.isArray(basics.profiles)
    ? basics.profiles.filter(isObject).map((profile) => text(profile.url) || text(profile.username))
    : [];
  if (profiles.some(Boolean)) add(profiles.filter(Boolean).join(" | "));
  if (text(basics.summary)) {
    add("## Summary");
    add(text(basics.summary), ["basics", "summary"]);
  }
  const education = Array.isArray(resume.education) ? resume.education.filter(isObject) : [];
  if (education.length > 0) {
    add("## Education");
    education.forEach((entry, index) => {
      const degree = [text(entry.studyType), text(entry.area)].filter(Boolean).join(", ");
      add(`**${degree || text(entry.institution)}**, ${text(entry.institution)}`, ["education", index, "studyType"]);
      const dates = [text(entry.startDate), text(entry.endDate) || "Present"].filter(Boolean).join(" – ");
      if (dates) add(dates);
      const courses = Array.isArray(entry.courses) ? entry.courses.map(text).filter(Boolean) : [];
      if (courses.length > 0) add(`Relevant coursework: ${courses.join(", ")}`);
    });
  }
  for (const [key, heading] of WORK_LIKE) {
    const entries = Array.isArray(resume[key]) ? (resume[key] as unknown[]).filter(isObject) : [];
    if (entries.length === 0) continue;
    add(`## ${heading}`);
    entries.forEach((entry, index) => {
      const title = [
        text(entry.position) || text(entry.name),
        text(entry.name) && text(entry.position) ? text(entry.name) : text(entry.organization),
      ]
        .filter(Boolean)
        .join(", ");
      add(`**${title}**`);
      const dates = [text(entry.startDate), text(entry.endDate) || "Present"].filter(Boolean).join(" – ");
      if (text(entry.startDate)) add(dates);
      if (text(entry.summary)) add(text(entry.summary), [key, index, "summary"]);
      if (text(entry.description)) add(text(entry.description), [key, index, "description"]);
      const highlights = Array.isArray(entry.highlights) ? entry.highlights : [];
      highlights.forEach((highlight, item) => {
        if (text(highlight)) add(`- ${text(highlight)}`, [key, index, "highlights", item]);
      });
    });
  }
  const publications = Array.isArray(resume.publications) ? resume.publications.filter(isObject) : [];
  if (publications.length > 0) {
    add("## Publications");
    publications.forEach((entry, index) =>
      add(`- ${[text(entry.name), text(entry.publisher), text(entry.releaseDate)].filter(Boolean).join(". ")}`, [
        "publications",
        index,
        "name",
      ]),
    );
  }
  const skills = Array.isArray(resume.skills) ? resume.skills.filter(isObject) : [];
  if (skills.length > 0) {
    add("## Skills");
    skills.forEach((entry, index) => {
      const keywords = Array.isArray(entry.keywords) ? entry.keywords.map(text).filter(Boolean) : [];
      add(`- **${text(entry.name) || "Skills"}:** ${keywords.join(", ")}`, ["skills", index, "keywords"]);
    });
  }
  const awards = Array.isArray(resume.awards) ? resume.awards.filter(isObject) : [];
  if (awards.length > 0) {
    add("## Awards");
    awards.forEach((entry, index) =>
      add(`- ${[text(entry.title), text(entry.awarder), text(entry.date)].filter(Boolean).join(", ")}`, [
        "awards",
        index,
        "title",
      ]),
    );
  }
  return { markdown: lines.join("\n"), paths };
}

/** Parses a JSON Resume file; anything else named .json is refused with a clear line. */
export function parseJsonResume(file: string, source: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new InputError(
      file,
      "json-invalid",
      `not valid JSON (${(error as Error).message}); JSON input must be a JSON Resume`,
    );
  }
  if (!isObject(value) || !isObject(value.basics)) {
    throw new InputError(
      file,
      "json-not-resume",
      'this JSON is not a JSON Resume (no "basics" object; see jsonresume.org/schema)',
    );
  }
  return value;
}

export function jsonResumeToDocument(file: string, source: string, bytes: number): Document {
  const { markdown } = renderJsonResume(parseJsonResume(file, source));
  const doc = textToDocument(markdown, { path: file, format: "md", bytes });
  return { ...doc, source: { ...doc.source, format: "json" } };
}
