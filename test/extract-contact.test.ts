import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/extract/index.js";
import type { Contact } from "../src/types.js";
import { textDocument } from "./helpers/documents.js";

const contactOf = (text: string): Record<string, string> =>
  Object.fromEntries(Object.entries(textDocument(text).contact as Contact).map(([key, field]) => [key, field.value]));

describe("contact details beyond the US formats", () => {
  it.each([
    ["a French mobile number", "Anne Roux\n+33 6 12 34 56 78\n", { name: "Anne Roux", phone: "+33 6 12 34 56 78" }],
    ["an Indian number", "Ravi Iyer\n+91 98765 43210\n", { name: "Ravi Iyer", phone: "+91 98765 43210" }],
    [
      "a 00 international prefix, kept as written",
      "Tom Hale\nTel: 0044 20 7946 0958\n",
      { name: "Tom Hale", phone: "0044 20 7946 0958" },
    ],
    [
      "fictional 555 numbers still count",
      "Jo Park\nCell: (669) 555-0113\n",
      { name: "Jo Park", phone: "(669) 555-0113" },
    ],
    [
      "an e-mail hidden with AT and DOT",
      "Mia Chen\nmia AT example DOT com\n",
      { name: "Mia Chen", email: "mia@example.com" },
    ],
    [
      "an e-mail hidden with braces",
      "Mia Chen\nmia{at}cs{dot}example{dot}edu\n",
      { name: "Mia Chen", email: "mia@cs.example.edu" },
    ],
    [
      "a German street and postcode",
      "Lena Vogel\nHauptstraße 5, 10115 Berlin\n",
      { name: "Lena Vogel", address: "Hauptstraße 5", location: "10115 Berlin" },
    ],
    ["a UK postcode", "Ian Wood\nLondon SW1A 1AA\n", { name: "Ian Wood", location: "SW1A 1AA" }],
    [
      "labelled handles",
      "Kai Berg\nLinkedIn: /in/kai-berg | GitHub: @kaiberg\n",
      { name: "Kai Berg", linkedin: "LinkedIn: /in/kai-berg", github: "GitHub: @kaiberg" },
    ],
  ])("%s", (_, text, expected) => {
    expect(contactOf(text)).toEqual(expected);
  });

  it.each([
    ["month/year ranges", "Kim Ito\nAnalyst, 08/1990 - 05/2012, Boston\n"],
    ["a bare run of digits", "Kim Ito\nEmployee ID 1234567890\n"],
    ["a placeholder that runs into letters", "Kim Ito\n(+86) 131-221-87xxx\n"],
  ])("finds no phone in %s", (_, text) => {
    expect(contactOf(text).phone).toBeUndefined();
  });

  it("says when the contact details may only be in a picture", async () => {
    const doc = await extractDocument("fixtures/format/contact-in-image.pdf");
    expect(doc.contact.email).toBeUndefined();
    expect(doc.pages[0].images[0]).toMatchObject({ width: 504, height: 24 });
  });
});
