import type { Check, Contact, Finding } from "../types.js";

type ContactKey = "email" | "phone" | "address";

/** One check per contact field, sharing the logic; severity follows how much a recruiter needs it. */
function contactCheck(field: ContactKey, severity: Check["severity"], why: string, fix: string): Check {
  return {
    id: `missing-${field}`,
    severity,
    description: `No ${field === "address" ? "mailing address" : field} found in the resume body.`,
    why,
    fix,
    run({ doc, posting }) {
      const contact: Contact = doc.contact;
      const present = field === "address" ? contact.address : contact[field];
      if (present) return [];
      const asked = posting.application.contact.includes(field);
      // An address the posting does not ask for is optional these days: mention, don't penalise.
      const level = field === "address" && !asked ? "info" : severity;
      if (field === "address" && contact.location && !asked) return [];
      const finding: Finding = {
        checkId: `missing-${field}`,
        severity: level,
        data: { field, askedByPosting: asked, hasLocation: Boolean(contact.location) },
        location: { path: ["contact", field] },
      };
      return [finding];
    },
  };
}

export const missingEmail = contactCheck(
  "email",
  "error",
  "Recruiters reply by e-mail; an ATS files a profile without one as incomplete.",
  "Put your e-mail address in the first lines of the resume body, as plain text.",
);
export const missingPhone = contactCheck(
  "phone",
  "warning",
  "Most ATS profiles need a phone number, and recruiters screen by phone.",
  "Add a phone number with its country code (+1 408 555 0142) next to your e-mail.",
);
export const missingAddress = contactCheck(
  "address",
  "warning",
  "The posting asks for a mailing address; ATS location filters also read city and state.",
  "Add your mailing address (street, city, state, ZIP) to the contact lines, or at least city and state.",
);
