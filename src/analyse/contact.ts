import { findPhoneNumbersInText } from "libphonenumber-js";
import type { Contact, ContactField, Line } from "../types.js";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** "at" and "dot" written out to hide an address from scrapers: [at] (at) {at}, or " AT " / " DOT " in capitals. */
const AT = String.raw`(?:\s*[[({<]\s*at\s*[\])}>]\s*|\s+AT\s+)`;
const WRITTEN_DOT = String.raw`(?:\s*[[({<]\s*dot\s*[\])}>]\s*|\s+DOT\s+)`;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`([A-Za-z0-9._%+-]+)${AT}([A-Za-z0-9-]+(?:(?:${WRITTEN_DOT}|\.)[A-Za-z0-9-]+)+)`,
  "i",
);
/** North-American and international numbers when libphonenumber finds none: +CC, area code, 7+ digits. */
const PHONE = /(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}(?![\w/-])/;
/** "0044 20 ..." at the start of a number: the international call prefix written for "+44". */
const INTERNATIONAL_PREFIX = /(?<![\d+])00(?=[1-9]\d{0,2}[\s.-]?\d)/g;
/** A date range or a run of years is never a phone number. */
const DATE_RANGE = /\b(19|20)\d{2}\s*[-–]\s*((19|20)\d{2}|present)\b|\b(0?[1-9]|1[0-2])\/(19|20)\d{2}\b/i;
const STREET_SUFFIX =
  "street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|terrace|circle|cir|parkway|pkwy|highway|hwy|square|sq";
const STREET = new RegExp(`\\b\\d{1,6}\\s+(?:[A-Z0-9][\\w'.-]*\\s+){1,4}(?:${STREET_SUFFIX})\\b\\.?`, "i");
const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const CITY_STATE = new RegExp(
  `\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}),\\s*(?:${US_STATES})\\b(?:\\s+\\d{5}(?:-\\d{4})?)?`,
);
const LINKEDIN =
  /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/[A-Za-z0-9_%-]+\/?|\blinked-?in\s*[:|]\s*\/?(?:in\/)?[A-Za-z0-9_-]{3,}/i;
const GITHUB = /(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9_-]+\/?|\bgithub\s*[:|]\s*@?[A-Za-z0-9_-]{2,}/i;
/** Street addresses outside the US: "Hauptstraße 5", "Rue de Rivoli 12" is rarer than "12 rue de Rivoli". */
const EUROPEAN_STREET =
  /\b[A-ZÄÖÜ][\wäöüß.-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|gracht|vej|gatan|väg)\s+\d+[a-z]?\b/iu;
/** UK and Canadian postcodes, and a European postcode with its city ("10115 Berlin"). */
const POSTCODE =
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|(?<!\d[\s.-]?)\b(?!(?:19|20)\d{2}\b)\d{4,5}\s+[A-ZÄÖÜ][a-zäöüß]+\b/u;
const WEBSITE =
  /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|ai|edu|info|page|site|xyz)(?:\/[^\s|,;]*)?/i;
const NAME = /^[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]*){1,3}$/;

const field = (value: string, line: Line): ContactField => ({ value: value.trim(), line: line.index, band: line.band });

/**
 * The first phone number libphonenumber-js accepts as possible (fictional 555 numbers are possible but not
 * valid), US numbers without a country code included; "00" international prefixes are read as "+".
 */
function findPhone(lines: Line[]): ContactField | undefined {
  for (const line of lines) {
    if ((line.text.match(/\d/g)?.length ?? 0) < 7) continue;
    // Each "00" prefix becomes "+"; `origin` maps offsets in the rewritten text back to the line.
    const prefixes = new Set([...line.text.matchAll(INTERNATIONAL_PREFIX)].map((match) => match.index));
    const origin: number[] = [];
    let text = "";
    for (let index = 0; index < line.text.length; index++) {
      if (prefixes.has(index)) {
        text += "+";
        origin.push(index);
        index++;
        continue;
      }
      text += line.text[index];
      origin.push(index);
    }
    origin.push(line.text.length);
    // "extended" finds possible numbers, not only valid ones.
    for (const match of findPhoneNumbersInText(text, { defaultCountry: "US", extended: true })) {
      // A bare run of digits is an id or a zip code; a number running into letters ("87xxx") is a placeholder.
      if (/^\d+$/.test(text.slice(match.startsAt, match.endsAt)) || /^[\p{L}\d]/u.test(text.slice(match.endsAt)))
        continue;
      return field(line.text.slice(origin[match.startsAt], origin[match.endsAt]), line);
    }
  }
  return undefined;
}

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
      const domain = match[2].replace(new RegExp(WRITTEN_DOT, "gi"), ".");
      contact.email = { value: `${match[1]}@${domain}`, line: line.index, band: line.band };
      break;
    }
  }
  const phoneSearch = candidates.filter((line) => !DATE_RANGE.test(line.text));
  contact.phone = findPhone(phoneSearch) ?? firstMatch(PHONE, phoneSearch);
  // The candidate's address is among the contact lines; "2021 2nd Place" in Awards is not one.
  const contactLines = topBlock.length > 0 ? [...topBlock, ...candidates.filter((l) => l.band !== "body")] : candidates;
  contact.address = firstMatch(STREET, contactLines) ?? firstMatch(EUROPEAN_STREET, contactLines);
  if (contact.address) {
    const addressLine = lines[contact.address.line];
    const rest = addressLine.text.slice(addressLine.text.indexOf(contact.address.value));
    const cityState = CITY_STATE.exec(rest);
    const end = cityState ? rest.indexOf(cityState[0]) + cityState[0].length : contact.address.value.length;
    contact.address.value = rest.slice(0, end).trim();
  }
  contact.location = firstMatch(CITY_STATE, contactLines) ?? firstMatch(POSTCODE, contactLines);
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
