/**
 * The degree a qualification asks for: its level (the lowest one the clause accepts: "BS, MS or PhD" is a
 * bachelor's), whether the applicant must be enrolled now, and the fields it names.
 */
import type { Posting } from "../../types.js";

export type DegreeLevel = Posting["education"]["level"];

const PHD = /\b(?:ph\.?\s?d\.?|doctoral|doctorate|doctorado)(?![a-z])/i;
const MASTERS = /\b(?:master'?s?|m\.s\.|m\.sc\.?|m\.eng|graduate degree|maestr[ií]a|m[aá]ster)/i;
const MASTERS_ABBREVIATION = /\b(?:MS|MSc|MBA|MEng)\b/;
const ADVANCED = /\badvanced degree\b/i;
const BACHELORS =
  /\b(?:bachelor'?s?|b\.s\.|b\.sc\.?|b\.a\.|b\.?tech|b\.?eng|undergraduate|licenciatura|bachiller|university degree|college degree|4-year degree|four-year degree)/i;
/** Upper case only: "BS", "BA", "BSEE"; "ba" and "bs" in lower case are not degrees. */
const BACHELORS_ABBREVIATION = /\b(?:BS|BA|BSc|BA\/BS|BS\/BA|BS[A-Z]{1,2})\b/;
const ANY_DEGREE = /\b(?:degree|diploma|grado|t[ií]tulo|carrera)\b/i;
const ENROLLED =
  /\b(?:currently enrolled|enrolled|pursuing|current(?:ly)? (?:a )?(?:student|studying)|student pursuing|returning to school|final[- ]year|estudiante|últimos ciclos|ultimos ciclos|ciclo)\b/i;
const STUDENT = /\b(?:student|estudiante|intern(?:ship)?|pr[aá]cticas?)\b/i;

export interface EducationFinding {
  level: DegreeLevel;
  enrolled: boolean;
  fields: string[];
}

const FIELD_STOP =
  /^(?:a |an |the )?(?:related|relevant|equivalent|similar|technical|quantitative|other)(?: \w+)?$|^(?:field|fields|areas?|discipline|carreras afines|áreas afines|afines)$/i;

/** Words after which a degree's fields follow ("degree in", "PhD in", "ciclos de"). */
const FIELD_TRIGGER =
  /\b(?:degree|student|program|studies|major|ph\.?\s?d\.?|phd|ms|bs|ba|bachelor'?s?|master'?s?|ciclos?|carrera|estudiante)\b/gi;

/** Fields after the last trigger: "a PhD in areas such as Computer Science, Statistics or a related field". */
function fieldsOf(clause: string): string[] {
  const trigger = [...clause.matchAll(FIELD_TRIGGER)].pop();
  if (!trigger) return [];
  const match =
    /^[^.;]*?\b(?:in|of|en|de)\s+(?:areas such as|fields such as|a field such as|fields like|areas like|a field like|disciplines such as|the field of|a|an)?\s*(.+)$/i.exec(
      clause.slice(trigger.index + trigger[0].length),
    );
  if (!match) return [];
  const tail = match[1]
    .split(
      /,?\s+or equivalent|,?\s+(?:or|o) (?:a |an )?(?:related|relevant|similar|equivalent)|\s+(?:or|o) (?:carreras|áreas) afines|\(|;|\.\s|\.$/i,
    )[0]
    .replace(/\s+(?:with|and (?:\d|a |an )|who|that|to)\b.*$/i, "")
    .replace(/\s+(?:is |are )?(?:preferred|required|desired|a plus|strongly preferred)$/i, "");
  return tail
    .split(/,\s*|\s+(?:or|and|o|y)\s+/i)
    .map((field) => field.replace(/^(?:or|and|o|y)\s+/i, "").trim())
    .filter((field) => field.length > 1 && field.length <= 60 && /^[\p{Lu}]/u.test(field) && !FIELD_STOP.test(field));
}

/** The degree a clause asks for, or undefined when it asks for none. */
export function readEducation(clause: string): EducationFinding | undefined {
  const levels: DegreeLevel[] = [];
  if (BACHELORS.test(clause) || BACHELORS_ABBREVIATION.test(clause)) levels.push("bachelors");
  if (MASTERS.test(clause) || MASTERS_ABBREVIATION.test(clause) || (ADVANCED.test(clause) && !PHD.test(clause)))
    levels.push("masters");
  if (PHD.test(clause)) levels.push("phd");
  const enrolled = ENROLLED.test(clause) && STUDENT.test(clause);
  if (levels.length === 0 && !(ANY_DEGREE.test(clause) || enrolled)) return undefined;
  // "BS, MS or PhD": the lowest degree the clause accepts; a bare "degree in X" is a bachelor's.
  const level = levels[0] ?? "bachelors";
  return { level, enrolled, fields: fieldsOf(clause) };
}
