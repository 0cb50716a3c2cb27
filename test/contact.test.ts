import { describe, expect, it } from "vitest";
import type { Contact } from "../src/types.js";
import { textDocument } from "./helpers/documents.js";

const contactOf = (text: string): Record<string, string> =>
  Object.fromEntries(Object.entries(textDocument(text).contact as Contact).map(([key, field]) => [key, field.value]));

describe("contact extraction", () => {
  const cases: { name: string; text: string; expected: Record<string, string> }[] = [
    {
      name: "full US block",
      text: "Jane Q. Doe\njane.doe@example.edu | +1 (408) 555-0142 | 123 Main St, Apt 4, Palo Alto, CA 94301\nlinkedin.com/in/janedoe | github.com/janedoe\n",
      expected: {
        name: "Jane Q. Doe",
        email: "jane.doe@example.edu",
        phone: "+1 (408) 555-0142",
        address: "123 Main St, Apt 4, Palo Alto, CA 94301",
        location: "Palo Alto, CA 94301",
        linkedin: "linkedin.com/in/janedoe",
        github: "github.com/janedoe",
      },
    },
    {
      name: "city and state only, dotted phone, personal site",
      text: "Omar Haddad\nSan Jose, CA · 408.555.0199 · omar@example.com · https://omarh.dev\n",
      expected: {
        name: "Omar Haddad",
        location: "San Jose, CA",
        phone: "408.555.0199",
        email: "omar@example.com",
        website: "https://omarh.dev",
      },
    },
    {
      name: "international phone",
      text: "Lena Vogel\nlena.vogel@example.de  +49 30 1234 5678  Berlin\n",
      expected: { name: "Lena Vogel", email: "lena.vogel@example.de", phone: "+49 30 1234 5678" },
    },
    {
      name: "obfuscated e-mail",
      text: "Priya Raman\npriya [at] cs.example [dot] edu\n",
      expected: { name: "Priya Raman", email: "priya@cs.example.edu" },
    },
    {
      // The job's city is not where the candidate lives: location comes from the top block only.
      name: "date ranges are not phone numbers, job cities are not the candidate's location",
      text: "Sam Lee\nsam@example.com\nEXPERIENCE\nAnalyst, 2019 - 2021, Boston, MA\n",
      expected: { name: "Sam Lee", email: "sam@example.com" },
    },
  ];
  it.each(cases)("$name", ({ text, expected }) => {
    expect(contactOf(text)).toEqual(expected);
  });

  it("skips phone numbers of referees", () => {
    const contact = contactOf("Kim Ito\nkim@example.com\nREFERENCES\nDr. A. Smith, +1 (212) 555-0100\n");
    expect(contact.phone).toBeUndefined();
  });
});
