import type { Check, Line } from "../types.js";

/** How a heading looks: font, size and whether it is written in capitals. */
const style = (line: Line) =>
  `${line.fontName}|${Math.round(line.fontSize)}|${line.text === line.text.toUpperCase() ? "caps" : "mixed"}`;

/** Short lines of letters that could be headings ("My Journey", "WHERE I'VE WORKED"). */
const HEADING_LIKE = /^[\p{L}&/'’ ,-]{3,40}$/u;

/** The line without trailing non-letters (colons, no-break spaces decoded as "Â"). */
const bare = (text: string) => text.replace(/[\s:\u00a0\u00c2]+$/u, "").trim();

export const nonstandardHeadings: Check = {
  id: "nonstandard-headings",
  severity: "warning",
  description: "Lines styled exactly like your section headings use wording an ATS does not know.",
  why: "Parsers map sections by heading words; content under 'My Journey' or 'Toolbox' lands in no profile field.",
  fix: "Rename them with standard words: Experience, Education, Skills, Projects, Publications, Certifications.",
  run({ doc }) {
    if (doc.source.format === "txt" || doc.source.format === "md") return [];
    const headings = doc.lines.filter((line) => line.heading && !line.hidden);
    // Two recognised headings give a style to compare with; without them missing-sections speaks instead.
    if (headings.length < 2) return [];
    // The look most recognised headings share; sub-headings and job titles usually look different.
    const counts = new Map<string, number>();
    for (const line of headings) counts.set(style(line), (counts.get(style(line)) ?? 0) + 1);
    const [headingStyle, shared] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (shared < 2) return [];
    const sameLook = doc.lines.filter((line) => !line.heading && !line.hidden && style(line) === headingStyle);
    // A look body text also uses (bold job titles) says nothing about headings.
    if (sameLook.length > headings.length) return [];
    const unknown = sameLook.filter(
      (line) =>
        line.band === "body" &&
        // The name and title at the top are often set like headings.
        line.section !== "contact" &&
        HEADING_LIKE.test(bare(line.text)) &&
        bare(line.text).split(/\s+/).length <= 4,
    );
    if (unknown.length === 0) return [];
    return [
      {
        checkId: this.id,
        severity: this.severity,
        data: { headings: unknown.slice(0, 5).map((line) => bare(line.text)) },
        location: { line: unknown[0].index, page: unknown[0].page },
      },
    ];
  },
};
