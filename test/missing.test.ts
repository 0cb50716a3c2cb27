import { describe, expect, it } from "vitest";
import { scoreDocument } from "../src/index.js";
import { missingToShow } from "../src/format/pretty.js";
import { loadPosting } from "../src/posting/load.js";
import type { Posting } from "../src/types.js";
import { markdownDocument } from "./helpers/documents.js";

// The bundled spec asks for one of three frameworks; this copy asks for two of them.
const bundled = loadPosting("bbva-full-stack-developer");
const twoOfThree: Posting = {
  ...bundled,
  requirements: bundled.requirements.map((requirement) =>
    requirement.id === "frameworks" ? { ...requirement, min: 2 } : requirement,
  ),
};

async function missingFrameworks(posting: Posting, frameworks: string) {
  const doc = markdownDocument(
    `# Test Person\n## Experience\n- Built web apps with ${frameworks} for a bank, used by 2,000 staff\n`,
  );
  const labels = missingToShow(await scoreDocument(doc, posting), posting).map((item) => item.label);
  return labels.filter((label) => label.includes("Angular"));
}

describe("missing skills name a group by how many of it the posting asks for", () => {
  it("names a one-of group once while none of it is matched", async () => {
    expect(await missingFrameworks(bundled, "Vue")).toEqual(["one of Angular, React, Node.js"]);
    expect(await missingFrameworks(bundled, "React")).toEqual([]);
  });

  it("keeps a two-of group missing until two members are matched", async () => {
    expect(await missingFrameworks(twoOfThree, "React")).toEqual(["2 of Angular, React, Node.js"]);
    expect(await missingFrameworks(twoOfThree, "React and Angular")).toEqual([]);
  });
});
