/**
 * An import draft as commented YAML: every value preceded by the source line it came from and how it was
 * read, so the user can review the spec line by line before trusting a score against it.
 */
import type { DraftConcept, Origin } from "./concepts.js";
import type { DraftKeyword } from "./keywords.js";
import type { ImportDraft } from "./index.js";
import type { DraftRequirement } from "./qualifications.js";

const SPECIAL = /[,[\]{}#&*!|>'"%@`:]|^[-?\s]|\s$|^$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?|\.inf|\.nan)$/i;

/** A string as a YAML scalar that is safe in block and flow context (JSON strings are YAML). */
export const scalar = (text: string) => (SPECIAL.test(text) || RESERVED.test(text) ? JSON.stringify(text) : text);
const list = (items: string[]) => `[${items.map(scalar).join(", ")}]`;

/** One comment line: no line breaks, and long quotes cut so the YAML stays readable. */
const quote = (text: string, limit = 90) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > limit ? `${flat.slice(0, limit - 1).trimEnd()}…` : flat}"`;
};
const comment = (indent: string, text: string) => `${indent}# ${text.replace(/[\r\n]+/g, " ")}`;
const originComment = (indent: string, origin: Origin) =>
  comment(indent, `line ${origin.line}, ${origin.how}: ${quote(origin.text)}`);

function conceptLines(concept: DraftConcept, areaNames: Map<string, string>): string[] {
  const out = concept.origins.slice(0, 2).map((origin) => originComment("  ", origin));
  if (concept.kb && concept.kb.length > 0)
    out.push(comment("  ", `aliases come from the knowledge base entry ${concept.kb.join(", ")}`));
  if (concept.context.length > 0) out.push(comment("  ", "a plain word: it counts only near one of the context words"));
  out.push(`  - id: ${scalar(concept.id)}`);
  out.push(`    name: ${scalar(concept.name)}`);
  if (concept.area) out.push(`    area: ${scalar(concept.area)} # ${areaNames.get(concept.area) ?? ""}`);
  if (concept.kb) out.push(`    kb: ${list(concept.kb)}`);
  if (concept.aliases.length > 0) out.push(`    aliases: ${list(concept.aliases)}`);
  if (concept.acronyms.length > 0) out.push(`    acronyms: ${list(concept.acronyms)}`);
  if (concept.context.length > 0) out.push(`    context: ${list(concept.context)}`);
  out.push(`    keywords: ${list(concept.keywords)}`);
  out.push(`    importance: ${concept.importance}`);
  return out;
}

function requirementLines(requirement: DraftRequirement): string[] {
  const out = [originComment("  ", requirement.origin)];
  out.push(`  - id: ${scalar(requirement.id)}`);
  out.push(`    label: ${scalar(requirement.label)}`);
  out.push(`    importance: ${requirement.importance}`);
  out.push(`    kind: ${requirement.kind}`);
  if (requirement.skills.length > 0) out.push(`    skills: ${list(requirement.skills)}`);
  if (requirement.kind === "any-skill" || requirement.kind === "any-area") out.push(`    min: ${requirement.min}`);
  out.push(`    weight: ${requirement.weight}`);
  return out;
}

function keywordLines(keywords: DraftKeyword[]): string[] {
  const out = [
    comment("", `keywords: the ${keywords.length} words and word pairs this posting repeats most that are not skills,`),
    comment(
      "",
      "weighted by how often it says them (the title counts 3 times); an ATS keyword search counts them too.",
    ),
    comment("", "Delete any that do not matter for the job and add your own."),
    "keywords:",
  ];
  for (const { term, weight, origin } of keywords) {
    const where = origin.line > 0 ? `first on line ${origin.line}` : "from the title";
    out.push(`  - { term: ${scalar(term)}, weight: ${weight} } # ${where}`);
  }
  return out;
}

const foundComment = (name: string, origin: Origin | undefined, missing: string) =>
  origin ? comment("", `${name}: line ${origin.line}, ${origin.how}: ${quote(origin.text)}`) : comment("", missing);

export function renderYaml(draft: ImportDraft): string {
  const out: string[] = [
    comment(
      "",
      `Imported by \`ats-score posting import\` from ${draft.fileName} (${draft.format}, ${draft.lineCount} lines).`,
    ),
    comment("", "A draft to review: the comment above each value says which source line it comes from and how it"),
    comment("", "was read. Check the file with `ats-score posting validate <file>` after editing it."),
    "",
    `id: ${scalar(draft.id)}`,
    foundComment("title", draft.title.origin, "REVIEW title: none found in the text (pass --title or edit it)"),
    `title: ${scalar(draft.title.value)}`,
    foundComment("company", draft.company.origin, "REVIEW company: none found in the text (pass --company or edit it)"),
    `company: ${scalar(draft.company.value)}`,
  ];
  if (draft.locations.origin) out.push(foundComment("locations", draft.locations.origin, ""));
  out.push(`locations: ${list(draft.locations.value)}`);
  if (draft.pay) {
    const { min, max, currency, per } = draft.pay.value;
    out.push(foundComment("pay", draft.pay.origin, ""));
    out.push(`pay: { min: ${min}, max: ${max}, currency: ${currency}, per: ${per} }`);
  }
  out.push(`source: ${scalar(`Imported from ${draft.fileName}`)}`, "");
  if (draft.education) {
    const { level, enrolled, fields } = draft.education.value;
    out.push(foundComment("education", draft.education.origin, ""));
    out.push("education:", `  level: ${level}`, `  enrolled: ${enrolled}`, `  fields: ${list(fields)}`, "");
  }
  const areaNames = new Map(draft.areas.map((area) => [area.id, area.name]));
  if (draft.areas.length > 0) {
    out.push(
      comment("", `areas: ${draft.areas.length} domain areas named after a "one or more of the following areas" cue`),
    );
    out.push("areas:");
    for (const area of draft.areas) {
      out.push(`  - { id: ${scalar(area.id)}, name: ${scalar(area.name)} } # line ${area.origin.line}`);
    }
    out.push("");
  }
  const hard = draft.concepts.filter((concept) => !concept.soft);
  const soft = draft.concepts.filter((concept) => concept.soft);
  out.push(hard.length > 0 ? "skills:" : "skills: []");
  for (const concept of hard) out.push(...conceptLines(concept, areaNames), "");
  if (soft.length > 0) {
    out.push("softSkills:");
    for (const concept of soft) out.push(...conceptLines(concept, areaNames), "");
  }
  if (draft.keywords.length > 0) out.push(...keywordLines(draft.keywords), "");
  out.push(draft.requirements.length > 0 ? "requirements:" : "requirements: []");
  for (const requirement of draft.requirements) out.push(...requirementLines(requirement), "");
  const { contact, sections } = draft.application.value;
  if (contact.length > 0 || sections.length > 0) {
    out.push("application:", `  contact: ${list(contact)}`, `  sections: ${list(sections)}`, "");
  }
  const unread = draft.trace.filter((line) => line.produced.length === 0);
  if (unread.length > 0) {
    out.push(comment("", "REVIEW: qualifications in which no skill was recognised (add any that matter by hand):"));
    for (const line of unread) out.push(comment("", `line ${line.line}, ${line.importance}: ${quote(line.text, 100)}`));
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
