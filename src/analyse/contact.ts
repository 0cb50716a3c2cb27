import type { Contact, ContactField, Line } from "../types.js";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** "name [at] uni [dot] edu" and "name (at) uni (dot) edu": people hide addresses from scrapers. */
const OBFUSCATED_EMAIL =
  /([A-Za-z0-9._%+-]+)\s*[[(]\s*at\s*[\])]\s*([A-Za-z0-9.-]+(?:\s*[[(]\s*dot\s*[\])]\s*[A-Za-z0-9-]+)+)/i;
/** North-American and international numbers: +CC, optional area code in brackets, 7+ digits in all. */
const PHONE = /(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}(?![\w/-])/;
const STREET_SUFFIX =
  "street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|terrace|circle|cir|parkway|pkwy|highway|hwy|square|sq";
const STREET = new RegExp(`\\b\\d{1,6}\\s+(?:[A-Z0-9][\\w'.-]*\\s+){1,4}(?:${STREET_SUFFIX})\\b\\.?`, "i");
const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const CITY_STATE = new RegExp(
  `\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}),\\s*(?:${US_STATES})\\b(?:\\s+\\d{5}(?:-\\d{4})?)?`,
);
const LINKEDIN = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/[A-Za-z0-9_%-]+\/?/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9_-]+\/?/i;
const WEBSITE =
  /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|ai|edu|info|page|site|xyz)(?:\/[^\s|,;]*)?/i;
const NAME = /^[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]*){1,3}$/;

const field = (value: string, line: Line): ContactField => ({ value: value.trim(), line: line.index, band: line.band });

/** Lines where contact details may sit: the top block first, then headers, then anywhere. */
function candidateLines(lines: Line[]): Line[] {
  const visible = lines.filter((line) => !line.hidden);
  const top = visible.filter((line) => line.section === "contact" && line.band === "body");
  const bands = visible.filter((line) => line.band !== "body");
  const rest = visible.filter(
    (line) => line.section !== "contact" && line.band === "body" && line.section !== "references",
  );
  return [...top, ...bands, ...rest];
}

/** Finds the first match of each contact field; a reference's phone number in "References" is skipped. */
export function extractContact(lines: Line[]): Contact {
  const contact: Contact = {};
  const candidates = candidateLines(lines);
  const firstMatch = (pattern: RegExp, from: Line[] = candidates): ContactField | undefined => {
    for (const line of from) {
      const match = pattern.exec(line.text);
      if (match) return field(match[0], line);
    }
    return undefined;
  };
  const topBlock = candidates.filter((line) => line.section === "contact");
  const nameLine = topBlock.find((line) => NAME.test(line.text.trim()) && !EMAIL.test(line.text));
  if (nameLine) contact.name = field(nameLine.text, nameLine);
  contact.email = firstMatch(EMAIL);
  if (!contact.email) {
    for (const line of candidates) {
      const match = OBFUSCATED_EMAIL.exec(line.text);
      if (!match) continue;
      const domain = match[2].replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, ".");
      contact.email = { value: `${match[1]}@${domain}`, line: line.index, band: line.band };
      break;
    }
  }
  const phoneSearch = candidates.filter((line) => !/\b(19|20)\d{2}\s*[-–]\s*((19|20)\d{2}|present)\b/i.test(line.text));
  contact.phone = firstMatch(PHONE, phoneSearch);
  contact.address = firstMatch(STREET);
  if (contact.address) {
    const addressLine = lines[contact.address.line];
    const rest = addressLine.text.slice(addressLine.text.indexOf(contact.address.value));
    const cityState = CITY_STATE.exec(rest);
    const end = cityState ? rest.indexOf(cityState[0]) + cityState[0].length : contact.address.value.length;
    contact.address.value = rest.slice(0, end).trim();
  }
  contact.location = firstMatch(
    CITY_STATE,
    topBlock.length > 0 ? [...topBlock, ...candidates.filter((l) => l.band !== "body")] : candidates,
  );
  contact.linkedin = firstMatch(LINKEDIN);
  contact.github = firstMatch(GITHUB);
  const websiteLines = candidates.filter((line) => line.section === "contact" || line.band !== "body");
  for (const line of websiteLines) {
    const match = [...line.text.matchAll(new RegExp(WEBSITE.source, "gi"))].find(
      (candidate) => !/linkedin\.com|github\.com|@/.test(candidate[0]) && !line.text.includes(`@${candidate[0]}`),
    );
    if (match) {
      contact.website = field(match[0], line);
      break;
    }
  }
  for (const key of Object.keys(contact) as (keyof Contact)[]) if (contact[key] === undefined) delete contact[key];
  return contact;
}
