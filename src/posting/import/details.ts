/**
 * The posting's facts around the skills: title, company, locations, pay and what the application asks
 * the resume to contain. Each finder returns the value with the line it was read from.
 */
import type { Posting, SectionId } from "../../types.js";
import type { Origin } from "./concepts.js";
import type { SourceLine } from "./lines.js";
import type { Clause, Sectioned } from "./sections.js";

export interface Found<T> {
  value: T;
  origin?: Origin;
}

const ROLE_WORDS =
  /\b(engineer|scientist|developer|manager|analyst|intern|designer|architect|lead|director|specialist|consultant|researcher|administrator|technician|associate|coordinator|representative|strategist|writer|editor|programmer|recruiter|advocate|officer|head|accountant|auditor|controller|executive|assistant|clerk|agent|planner|buyer|nurse|teacher|attorney|paralegal|desarrollador|practicante|ingeniero|analista|dise[nñ]ador|gerente|front-end|back-end|full[- ]stack)\b/i;

const origin = (line: number, text: string, how: string): Origin => ({ line, text, how });

/** The job title: a "Title:" label, a top heading, a job board's quoted title, or "seeking a ... to". */
export function findTitle(lines: SourceLine[], sectioned: Sectioned): Found<string> | undefined {
  for (const line of lines) {
    const label = /^(?:job title|title|position|role|puesto(?: de trabajo)?|cargo)\s*:\s*(.{2,120})$/i.exec(line.text);
    if (label) return { value: label[1].trim(), origin: origin(line.line, line.text, "labelled title") };
  }
  const firstHeading = sectioned.headings.find((heading) => heading.role === "other" && ROLE_WORDS.test(heading.text));
  if (firstHeading && firstHeading === sectioned.headings[0]) {
    const value = firstHeading.text.replace(/\s+[|–—-]\s+.*(?:careers?|jobs?|hiring).*$/i, "").trim();
    return { value, origin: origin(firstHeading.line, firstHeading.text, "first heading") };
  }
  const quoted = new Map<string, SourceLine>();
  for (const line of lines) {
    for (const match of line.text.matchAll(/\b(?:for|para)\s+"([^"]{3,120})"/g))
      quoted.set(match[1], quoted.get(match[1]) ?? line);
  }
  const [title, line] = [...quoted][0] ?? [];
  if (title && line && ROLE_WORDS.test(title))
    return { value: title, origin: origin(line.line, line.text, "job board's quoted title") };
  for (const line of lines) {
    const hiring =
      /\b(?:seeking|looking for|hiring|searching for|buscando)\s+(?:an?|un|una)?\s*((?:[A-Z][\w/&+.-]*|of|and|de|y)(?:\s+(?:[A-Z][\w/&+.-]*|of|and|de|y)){0,7})/.exec(
        line.text,
      );
    const value = hiring?.[1].replace(/\s+(?:of|and|de|y)$/, "");
    if (value && ROLE_WORDS.test(value))
      return { value, origin: origin(line.line, line.text, "sentence naming the role") };
  }
  const first = lines[0];
  if (first && first.text.split(/\s+/).length <= 10 && ROLE_WORDS.test(first.text)) {
    return { value: first.text.replace(/[.:]$/, ""), origin: origin(first.line, first.text, "first line") };
  }
  return undefined;
}

/** The employer: a "Company:" label, the opening "X is one of ...", or the name most often after "at". */
export function findCompany(lines: SourceLine[]): Found<string> | undefined {
  for (const line of lines) {
    const label = /^(?:company|employer|organi[sz]ation|empresa)\s*:\s*(.{2,80})$/i.exec(line.text);
    if (label) return { value: label[1].trim(), origin: origin(line.line, line.text, "labelled company") };
  }
  const name = String.raw`([A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3})`;
  // "Acme is a logistics company", "BBVA es una institución", "At Netflix, we", "En el Banco BBVA, nos".
  const opening = new RegExp(
    `^(?:(?:At|En(?: el)?) ${name},|${name} (?:is|es|are) (?:one of|a|an|the|una|uno|la|el|un)\\b)`,
  );
  for (const line of lines.filter((entry) => entry.kind !== "heading").slice(0, 15)) {
    const found = opening.exec(line.text);
    const match = found && [found[0], found[1] ?? found[2]];
    if (match && !/^(?:We|Our|The|This|You|Are|As|In|If)$/.test(match[1])) {
      return { value: match[1], origin: origin(line.line, line.text, "opening sentence") };
    }
  }
  const counts = new Map<string, { count: number; line: SourceLine }>();
  for (const line of lines) {
    for (const match of line.text.matchAll(new RegExp(`\\b(?:at|join|en|About) ${name}\\b`, "g"))) {
      if (/^(?:Our|The|Least|Work|Home|Scale|Google Scale)$/.test(match[1])) continue;
      const entry = counts.get(match[1]) ?? { count: 0, line };
      entry.count++;
      counts.set(match[1], entry);
    }
  }
  const best = [...counts].sort((a, b) => b[1].count - a[1].count)[0];
  if (best && best[1].count >= 2) {
    return {
      value: best[0],
      origin: origin(best[1].line.line, best[1].line.text, `named ${best[1].count} times after "at"`),
    };
  }
  return undefined;
}

const US_STATES: Record<string, string> = Object.fromEntries(
  (
    "Alabama AL,Alaska AK,Arizona AZ,Arkansas AR,California CA,Colorado CO,Connecticut CT,Delaware DE,Florida FL," +
    "Georgia GA,Hawaii HI,Idaho ID,Illinois IL,Indiana IN,Iowa IA,Kansas KS,Kentucky KY,Louisiana LA,Maine ME," +
    "Maryland MD,Massachusetts MA,Michigan MI,Minnesota MN,Mississippi MS,Missouri MO,Montana MT,Nebraska NE," +
    "Nevada NV,New Hampshire NH,New Jersey NJ,New Mexico NM,New York NY,North Carolina NC,North Dakota ND,Ohio OH," +
    "Oklahoma OK,Oregon OR,Pennsylvania PA,Rhode Island RI,South Carolina SC,South Dakota SD,Tennessee TN,Texas TX," +
    "Utah UT,Vermont VT,Virginia VA,Washington WA,West Virginia WV,Wisconsin WI,Wyoming WY,District of Columbia DC"
  )
    .split(",")
    .map((entry) => [entry.slice(0, entry.lastIndexOf(" ")), entry.slice(entry.lastIndexOf(" ") + 1)]),
);

/** "Los Gatos, California, United States of America" -> "Los Gatos, CA". */
export function shortLocation(text: string): string {
  const parts = text.split(/\s*,\s*/);
  const country = /^(?:United States(?: of America)?|USA|US)$/i;
  if (parts.length >= 2 && country.test(parts[parts.length - 1])) parts.pop();
  if (parts.length === 2 && US_STATES[parts[1]]) parts[1] = US_STATES[parts[1]];
  return parts.join(", ");
}

/** Locations from a "Locations" section or a "Location:" label. */
export function findLocations(clauses: Clause[], lines: SourceLine[]): Found<string[]> {
  // A place has no amounts or labels: "Pay: €60,000" under a "Location" heading is not one.
  const listed = clauses.filter(
    (clause) => clause.role === "locations" && clause.text.length <= 80 && !/[:$€£]|\d{2}/.test(clause.text),
  );
  if (listed.length > 0) {
    return {
      value: [...new Set(listed.map((clause) => shortLocation(clause.text)))],
      origin: origin(listed[0].line, listed[0].text, 'under "Locations"'),
    };
  }
  for (const line of lines) {
    const label = /^(?:locations?|ubicaci[oó]n|based in)\s*:\s*(.{2,120})$/i.exec(line.text);
    if (label) {
      const value = label[1].split(/\s*[;|]\s*/).map(shortLocation);
      return { value, origin: origin(line.line, line.text, "labelled location") };
    }
  }
  for (const line of lines) {
    const sede =
      /\b(?:sede (?:ubicada )?en|based in|located in|office in)\s+([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?(?:, [A-Z]{2})?)/u.exec(
        line.text,
      );
    if (sede) return { value: [sede[1]], origin: origin(line.line, line.text, "sentence naming the place") };
  }
  return { value: [] };
}

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k)?`;
const PAY = new RegExp(
  String.raw`([$€£])\s?${AMOUNT}\s*(?:\/\s*(hour|hr|year|yr)|per (hour|year))?\s*(?:-|–|—|to)\s*[$€£]?\s?${AMOUNT}\s*(?:\/\s*(hour|hr|year|yr)|per (hour|year)|(an hour|hourly)|(a year|annually|per annum))?`,
  "i",
);
const CURRENCIES: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

/** A pay range the posting states (not a job board's estimate). */
export function findPay(clauses: Clause[]): Found<NonNullable<Posting["pay"]>> | undefined {
  for (const clause of clauses) {
    if (clause.role === "chrome" || /estimat/i.test(clause.text)) continue;
    const match = PAY.exec(clause.text);
    if (!match) continue;
    const number = (digits: string, thousands?: string) => Number(digits.replace(/,/g, "")) * (thousands ? 1000 : 1);
    const min = number(match[2], match[3]);
    const max = number(match[6], match[7]);
    const unit = [match[4], match[5], match[8], match[9], match[10]].find(Boolean) ?? "";
    const per = /hour|hr/i.test(unit) || max < 1000 ? "hour" : "year";
    if (!(min > 0 && max >= min)) continue;
    return {
      value: { min, max, currency: CURRENCIES[match[1]], per },
      origin: origin(clause.line, clause.text, "stated pay range"),
    };
  }
  return undefined;
}

/** What the application asks the resume to contain: contact fields and sections. */
export function findApplication(clauses: Clause[]): Found<Posting["application"]> & { contactOrigin?: Origin } {
  const contact = new Set<"email" | "phone" | "address">();
  const sections = new Set<SectionId>();
  let first: Origin | undefined;
  let contactOrigin: Origin | undefined;
  for (const clause of clauses) {
    if (clause.role === "chrome" || clause.role === "about") continue;
    const text = clause.text;
    if (
      !/\b(?:include|attach|submit|provide|send|upload|list of|with (?:your|a|complete)|adjunt\w*|incluir|resume|cv|curr[ií]culum)\b/i.test(
        text,
      )
    )
      continue;
    const asks = new Set<SectionId>();
    if (/\bcontact (?:information|details|info)\b|\be-?mail\b|\bphone number\b|\bmailing address\b/i.test(text)) {
      const before = contact.size;
      if (/e-?mail/i.test(text)) contact.add("email");
      if (/\bphone|telephone|mobile\b/i.test(text)) contact.add("phone");
      if (/\b(?:mailing|postal|home)? ?address\b/i.test(text)) contact.add("address");
      if (contact.size === before) ["email", "phone"].forEach((field) => contact.add(field as "email" | "phone"));
      contactOrigin ??= origin(clause.line, text, "application asks for contact details");
    }
    if (/\bcoursework|relevant courses|transcripts?\b/i.test(text)) asks.add("coursework");
    if (/\bpublications?\b/i.test(text)) asks.add("publications");
    if (/\bportfolio|code samples?|work samples?|github\b/i.test(text)) asks.add("projects");
    if (/\breferences\b/i.test(text)) asks.add("references");
    if (/\bcertifications?\b/i.test(text) && /\b(?:include|list|attach)\b/i.test(text)) asks.add("certifications");
    for (const section of asks) sections.add(section);
    if (asks.size > 0) first ??= origin(clause.line, text, "application asks for resume sections");
  }
  return {
    value: { contact: [...contact], sections: [...sections] },
    ...(first ? { origin: first } : {}),
    ...(contactOrigin ? { contactOrigin } : {}),
  };
}
