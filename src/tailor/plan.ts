import type { Analyser } from "../nlp/analyser.js";
import type { Token } from "../nlp/tokens.js";
import { analyse } from "../score/index.js";
import { coreUnits } from "../score/formula.js";
import { isBulletLine, WORK_SECTIONS } from "../score/units.js";
import type { Document, Finding, Posting, Report, Scores, SkillMatch } from "../types.js";
import { alignQualifications } from "./alignment.js";
import { applyEdits } from "./edits.js";
import type { DocumentEdit, LayoutFix, Suggestion, TailorPlan } from "./types.js";

export interface PlanOptions {
  /** Skills the user confirms having (`--have`): the only skills we ever add without evidence. */
  have: string[];
  toolVersion: string;
}

/** Re-tokenising unchanged lines is most of a re-score; a per-plan cache makes each re-score cheap. */
function memoise(analyser: Analyser): Analyser {
  const cache = new Map<string, Token[]>();
  return {
    tokenize(text: string) {
      let tokens = cache.get(text);
      if (!tokens) {
        tokens = analyser.tokenize(text);
        cache.set(text, tokens);
      }
      return tokens;
    },
  };
}

/** Phrases that open a bullet without saying what the person did. */
const WEAK_OPENING =
  /^(?:responsible for|worked on|helped(?: with| to)?|assisted(?: with| in)?|participated in|involved in|tasked with|duties included|in charge of)\b/i;
const LEAD_VERBS = [
  "Designed",
  "Built",
  "Developed",
  "Trained",
  "Evaluated",
  "Deployed",
  "Implemented",
  "Optimized",
  "Scaled",
];
/** A term used more often than this reads as stuffing to a recruiter. */
const REPETITION_LIMIT = 8;

const bulletText = (text: string) => text.replace(/^\s*(?:[•●▪■◦‣∙·○◆◇►▸‒–—*-]|\d{1,2}[.)])\s+/, "");
/** An outcome: a figure, a spelled-out amount or a result verb. */
const hasOutcome = (text: string) =>
  /\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|billion|half|double[ds]?|tripled?)\b/i.test(
    text,
  );

export function buildPlan(doc: Document, posting: Posting, baseAnalyser: Analyser, options: PlanOptions): TailorPlan {
  const analyser = memoise(baseAnalyser);
  const score = (document: Document) => analyse(document, posting, analyser, options.toolVersion);
  const report = score(doc);
  const drafts: Omit<Suggestion, "gain" | "gains">[] = [
    ...keywordSuggestions(doc, posting, report),
    ...skillSuggestions(doc, posting, report, options.have),
    ...experienceSuggestions(doc, report),
    ...formatSuggestions(doc, report),
  ];
  const measure = (edits: DocumentEdit[]): Scores => {
    if (edits.length === 0) return zeroScores();
    const after = score(applyEdits(doc, edits)).scores;
    return diffScores(after, report.scores);
  };
  const suggestions: Suggestion[] = drafts.map((draft) => {
    const gains = measure(draft.edits);
    return { ...draft, gain: gains.overall, gains };
  });
  suggestions.sort(
    (a, b) =>
      b.gain - a.gain ||
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] ||
      a.id.localeCompare(b.id),
  );
  const helpful = suggestions.filter((suggestion) => suggestion.gain > 0).flatMap((suggestion) => suggestion.edits);
  const potential = helpful.length > 0 ? score(applyEdits(doc, helpful)).scores : report.scores;
  return {
    schemaVersion: 1,
    job: report.job,
    resume: { path: report.resume.path, format: report.resume.format },
    scores: report.scores,
    potential,
    suggestions,
    alignment: alignQualifications(doc, report),
  };
}

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
const CATEGORY_ORDER = { skills: 0, keywords: 1, experience: 2, format: 3 } as const;
const zeroScores = (): Scores => ({ overall: 0, keywords: 0, skills: 0, requirements: 0, format: 0 });
const diffScores = (after: Scores, before: Scores): Scores => ({
  overall: after.overall - before.overall,
  keywords: after.keywords - before.keywords,
  skills: after.skills - before.skills,
  requirements: after.requirements - before.requirements,
  format: after.format - before.format,
});

const locationOf = (doc: Document, line: number) => {
  const found = doc.lines[line];
  const fileLine = found?.sourceLine;
  return {
    line,
    page: found?.page ?? 1,
    section: found?.section ?? "other",
    ...(fileLine !== undefined ? { fileLine: fileLine + 1 } : {}),
  };
};

/** Areas where at least one skill is really matched, not just touched by a related word. */
const shownDomainAreas = (report: Report) => report.areas.filter((area) => area.matched.length > 0);

/** Skills that count for this candidate: core groups and the areas where the resume shows depth. */
function relevantSkills(posting: Posting, report: Report): Set<string> {
  const ids = new Set(coreUnits(posting).flatMap((unit) => unit.skills));
  const shownAreas = shownDomainAreas(report).slice(0, 2);
  for (const skill of report.skills)
    if (skill.area && shownAreas.some((area) => area.id === skill.area)) ids.add(skill.skillId);
  return ids;
}

/** Keyword optimisation: mirror the posting's words where the resume says the same thing differently. */
function keywordSuggestions(doc: Document, posting: Posting, report: Report): Omit<Suggestion, "gain" | "gains">[] {
  const suggestions: Omit<Suggestion, "gain" | "gains">[] = [];
  const keywordFound = new Map(report.keywords.map((entry) => [entry.skillId, entry]));
  const skillById = new Map(posting.skills.map((skill) => [skill.id, skill]));
  const stuffed = new Set(
    report.findings.filter((f) => f.checkId === "keyword-stuffing").map((f) => String(f.data.section)),
  );
  for (const match of report.skills) {
    const keyword = keywordFound.get(match.skillId);
    if (!keyword || keyword.found || match.status !== "matched") continue;
    const best = match.evidence.find(
      (item) => (item.kind === "alias" || item.kind === "acronym") && !stuffed.has(item.section),
    );
    if (!best) continue;
    const phrase = skillById.get(match.skillId)?.keywords[0] ?? match.name;
    suggestions.push({
      id: `mirror-term:${match.skillId}`,
      kind: "mirror-term",
      category: "keywords",
      priority: match.importance === "required" ? "high" : "medium",
      safe: true,
      data: { skill: match.name, written: best.text, posting: phrase, lineText: doc.lines[best.line]?.text ?? "" },
      location: locationOf(doc, best.line),
      edits: [{ type: "replace-in-line", line: best.line, find: best.text, replace: `${best.text} (${phrase})` }],
    });
  }
  for (const finding of report.findings.filter((item) => item.checkId === "keyword-stuffing")) {
    const section = doc.sections.find((item) => item.id === finding.data.section);
    if (!section) continue;
    const lines = range(section.headingLine >= 0 ? section.headingLine : section.startLine, section.endLine);
    suggestions.push({
      id: `remove-keyword-block:${section.id}`,
      kind: "remove-keyword-block",
      category: "keywords",
      priority: "high",
      safe: false,
      data: {
        section: section.id,
        heading: section.heading,
        terms: finding.data.terms,
        unsupported: finding.data.unsupported,
      },
      location: locationOf(doc, lines[0]),
      edits: [{ type: "remove-lines", lines }],
    });
  }
  for (const entry of report.keywords) {
    if (entry.count <= REPETITION_LIMIT) continue;
    suggestions.push({
      id: `reduce-repetition:${entry.skillId}`,
      kind: "reduce-repetition",
      category: "keywords",
      priority: "low",
      safe: false,
      data: { keyword: entry.keyword, count: entry.count, limit: REPETITION_LIMIT },
      edits: [],
    });
  }
  return suggestions;
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);

/** Skills matching: confirmed skills to add, related evidence to surface, and honest gaps. */
function skillSuggestions(
  doc: Document,
  posting: Posting,
  report: Report,
  have: string[],
): Omit<Suggestion, "gain" | "gains">[] {
  const suggestions: Omit<Suggestion, "gain" | "gains">[] = [];
  const relevant = relevantSkills(posting, report);
  const byId = new Map(report.skills.map((skill) => [skill.skillId, skill]));
  const confirmed = resolveHave(have, report.skills);
  for (const skill of confirmed) {
    if (skill.status === "matched") continue;
    suggestions.push({
      id: `add-confirmed-skill:${skill.skillId}`,
      kind: "add-confirmed-skill",
      category: "skills",
      priority: skill.importance === "required" ? "high" : "medium",
      safe: true,
      data: { skill: skill.name },
      edits: [{ type: "add-lines", section: "skills", texts: [`• ${skill.name}`] }],
    });
  }
  const confirmedIds = new Set(confirmed.map((skill) => skill.skillId));
  // Someone with no matched domain skill gets honest gaps only: a related word (web "rendering")
  // is no reason to suggest naming an ML skill.
  const inField = shownDomainAreas(report).length > 0;
  for (const unit of coreUnits(posting)) {
    const members = unit.skills.map((id) => byId.get(id)).filter((skill): skill is SkillMatch => skill !== undefined);
    if (members.some((skill) => skill.status === "matched" || confirmedIds.has(skill.skillId))) continue;
    suggestions.push(gapOrSurface(doc, members, unit.importance, inField));
  }
  for (const skill of report.skills) {
    if (!skill.area || !relevant.has(skill.skillId) || skill.status === "matched" || confirmedIds.has(skill.skillId))
      continue;
    suggestions.push(gapOrSurface(doc, [skill], skill.importance, inField, areaName(report, skill.area)));
  }
  return suggestions;
}

function gapOrSurface(
  doc: Document,
  members: SkillMatch[],
  importance: "required" | "preferred",
  inField: boolean,
  area?: string,
) {
  const names = members.map((skill) => skill.name);
  const related = members
    .flatMap((skill) =>
      skill.evidence.filter((item) => item.kind === "related" || item.strength < 0.5).map((item) => ({ skill, item })),
    )
    .sort((a, b) => b.item.strength - a.item.strength)[0];
  const id = members.map((skill) => skill.skillId).join("+");
  if (inField && related && related.item.strength > 0.15) {
    return {
      id: `surface-related:${id}`,
      kind: "surface-related" as const,
      category: "skills" as const,
      priority: importance === "required" ? ("high" as const) : ("medium" as const),
      safe: false,
      data: {
        skills: names,
        evidence: related.item.text,
        lineText: doc.lines[related.item.line]?.text ?? "",
        ...(area ? { area } : {}),
      },
      location: locationOf(doc, related.item.line),
      // The gain says what naming the skill would be worth, if the work really involved it.
      edits: [{ type: "append-to-line" as const, line: related.item.line, text: ` (${related.skill.name})` }],
    };
  }
  return {
    id: `skill-gap:${id}`,
    kind: "skill-gap" as const,
    category: "skills" as const,
    priority: importance === "required" ? ("medium" as const) : ("low" as const),
    safe: false,
    data: { skills: names, ...(area ? { area } : {}) },
    edits: [],
  };
}

const areaName = (report: Report, id: string) => report.areas.find((area) => area.id === id)?.name ?? id;

/** Matches `--have` entries to posting skills by id, name, keyword or evidence-free alias text. */
function resolveHave(have: string[], skills: SkillMatch[]): SkillMatch[] {
  const wanted = have.map((item) => item.trim().toLowerCase()).filter(Boolean);
  return skills.filter((skill) => wanted.includes(skill.skillId) || wanted.includes(skill.name.toLowerCase()));
}

interface Entry {
  section: string;
  title: number;
  lines: number[];
}

/** Role or project entries: a title line followed by its bullets, within work sections. */
function workEntries(doc: Document): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  for (const line of doc.lines) {
    if (line.heading || !WORK_SECTIONS.has(line.section) || line.hidden) {
      current = undefined;
      continue;
    }
    const bullet = isBulletLine(line.text);
    const previous = doc.lines[line.index - 1];
    // A wrapped bullet continues lower-case or indented past the bullet's own left edge.
    const continuation =
      !bullet && previous && isBulletLine(previous.text) && (/^[a-z0-9(]/.test(line.text) || line.x > previous.x + 2);
    const startsEntry =
      !bullet &&
      !continuation &&
      (!current ||
        current.section !== line.section ||
        current.lines.some((index) => isBulletLine(doc.lines[index].text)));
    if (startsEntry) {
      current = { section: line.section, title: line.index, lines: [line.index] };
      entries.push(current);
    } else if (current) current.lines.push(line.index);
  }
  return entries;
}

/** Index of the next bullet (or past the end) after `lineIndex` within the entry. */
function nextBullet(doc: Document, entry: Entry, lineIndex: number): number {
  return entry.lines.find((index) => index > lineIndex && isBulletLine(doc.lines[index].text)) ?? Infinity;
}

/** Experience alignment: most relevant entry first, bullets that lead with a verb and show an outcome. */
function experienceSuggestions(doc: Document, report: Report): Omit<Suggestion, "gain" | "gains">[] {
  const suggestions: Omit<Suggestion, "gain" | "gains">[] = [];
  const relevanceOfLine = new Map<number, number>();
  for (const skill of [...report.skills, ...report.softSkills]) {
    for (const item of skill.evidence)
      relevanceOfLine.set(item.line, (relevanceOfLine.get(item.line) ?? 0) + item.strength);
  }
  const entries = workEntries(doc);
  const relevance = (entry: Entry) => entry.lines.reduce((sum, line) => sum + (relevanceOfLine.get(line) ?? 0), 0);
  for (const section of new Set(entries.map((entry) => entry.section))) {
    const inSection = entries.filter((entry) => entry.section === section);
    const best = [...inSection].sort((a, b) => relevance(b) - relevance(a) || a.title - b.title)[0];
    if (!best || best === inSection[0] || relevance(best) <= relevance(inSection[0]) * 1.5) continue;
    suggestions.push({
      id: `reorder-entry:${section}:${best.title}`,
      kind: "reorder-entry",
      category: "experience",
      priority: "medium",
      safe: false,
      data: { section, entry: doc.lines[best.title].text, first: doc.lines[inSection[0].title].text },
      location: locationOf(doc, best.title),
      edits: [{ type: "move-lines", lines: best.lines, before: inSection[0].title }],
    });
  }
  const relevantEntries = [...entries].sort((a, b) => relevance(b) - relevance(a)).slice(0, 3);
  for (const entry of relevantEntries) {
    for (const lineIndex of entry.lines) {
      const line = doc.lines[lineIndex];
      if (!isBulletLine(line.text)) continue;
      const wrapped = entry.lines.filter((index) => index > lineIndex && index < nextBullet(doc, entry, lineIndex));
      const text = [bulletText(line.text), ...wrapped.map((index) => doc.lines[index].text)].join(" ");
      const weak = WEAK_OPENING.exec(text);
      if (weak) {
        suggestions.push({
          id: `lead-with-verb:${lineIndex}`,
          kind: "lead-with-verb",
          category: "experience",
          priority: "medium",
          safe: false,
          data: { opening: weak[0], lineText: line.text, verbs: LEAD_VERBS },
          location: locationOf(doc, lineIndex),
          edits: [],
        });
      }
      if (!hasOutcome(text) && (relevanceOfLine.get(lineIndex) ?? 0) > 0) {
        suggestions.push({
          id: `add-outcome:${lineIndex}`,
          kind: "add-outcome",
          category: "experience",
          priority: "low",
          safe: false,
          data: { lineText: text },
          location: locationOf(doc, lineIndex),
          // Estimate only: a stand-in outcome shows what a real number would be worth.
          edits: [{ type: "append-to-line", line: lineIndex, text: ", improving the key metric by 10%" }],
        });
      }
    }
  }
  return suggestions;
}

/** Format fixes from the checks, each with the edit that removes its cause where we can simulate it. */
function formatSuggestions(doc: Document, report: Report): Omit<Suggestion, "gain" | "gains">[] {
  const suggestions: Omit<Suggestion, "gain" | "gains">[] = [];
  const headerContact = report.findings.filter((finding) => finding.checkId === "contact-in-header");
  if (headerContact.length > 0) {
    const lines = [
      ...new Set(
        headerContact.map((finding) => finding.location.line).filter((line): line is number => line !== undefined),
      ),
    ];
    suggestions.push({
      id: "move-contact:body",
      kind: "move-contact",
      category: "format",
      priority: "high",
      safe: doc.source.format !== "pdf",
      data: { fields: headerContact.map((finding) => String(finding.data.field)) },
      location: locationOf(doc, lines[0]),
      edits: [{ type: "move-to-body", lines }],
    });
  }
  for (const finding of report.findings) {
    const placeholder = CONTACT_PLACEHOLDERS[finding.checkId];
    if (placeholder) {
      suggestions.push({
        id: `add-contact:${finding.data.field}`,
        kind: "add-contact",
        category: "format",
        priority: finding.severity === "error" ? "high" : "medium",
        safe: false,
        data: { field: String(finding.data.field), askedByPosting: Boolean(finding.data.askedByPosting) },
        // Estimate only: a placeholder in the top block shows what the real detail is worth.
        edits: [{ type: "add-lines", section: "contact", texts: [placeholder] }],
      });
    } else if (
      finding.checkId !== "keyword-stuffing" &&
      finding.checkId !== "contact-in-header" &&
      finding.severity !== "info"
    ) {
      suggestions.push(formatFinding(doc, finding));
    }
  }
  return suggestions;
}

const CONTACT_PLACEHOLDERS: Record<string, string> = {
  "missing-email": "name@example.com",
  "missing-phone": "+1 (555) 010-0000",
  "missing-address": "100 Main Street, Springfield, IL 62701",
};

/** The layout fix each format check's advice amounts to, simulated to measure its effect. */
const LAYOUT_FIXES: Partial<Record<string, LayoutFix>> = {
  "two-columns": "single-column",
  sidebar: "single-column",
  "table-layout": "no-tables",
  "header-footer-text": "bands-to-body",
  "hidden-text": "remove-hidden",
  images: "no-images",
  "icons-for-contact": "no-images",
  "letter-spaced-headings": "collapse-letter-spacing",
  "unusual-bullets": "plain-bullets",
  "text-boxes": "plain-text-boxes",
  ligatures: "clean-fonts",
  "missing-tounicode": "clean-fonts",
  "fonts-not-embedded": "clean-fonts",
};

function formatFinding(doc: Document, finding: Finding): Omit<Suggestion, "gain" | "gains"> {
  const line = finding.location.line;
  const fix = LAYOUT_FIXES[finding.checkId];
  return {
    id: `fix-format:${finding.checkId}${line !== undefined ? `:${line}` : ""}`,
    kind: "fix-format",
    category: "format",
    priority: finding.severity === "error" ? "high" : "medium",
    safe: false,
    data: { ...finding.data, checkId: finding.checkId, severity: finding.severity },
    ...(line !== undefined ? { location: locationOf(doc, line) } : {}),
    edits: fix ? [{ type: "fix-layout", fix }] : [],
  };
}
