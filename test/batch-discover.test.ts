import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverResumes, globToRegExp } from "../src/batch/discover.js";

const root = mkdtempSync(path.join(tmpdir(), "ats-discover-"));
for (const file of [
  "b.pdf",
  "a.md",
  "notes.png",
  "README",
  "2024/x.docx",
  "2024/deep/y.txt",
  "2024/deep/z.PDF",
  ".git/c.pdf",
  "node_modules/d.pdf",
  "zeta/w.markdown",
]) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), "x");
}
symlinkSync(root, path.join(root, "loop"));

const found = async (inputs: string[]) => {
  const files: string[] = [];
  for await (const item of discoverResumes(inputs)) {
    files.push(item.missing ? `missing:${item.file}` : path.relative(root, item.file).split(path.sep).join("/"));
  }
  return files;
};

describe("globToRegExp", () => {
  it.each([
    ["*.pdf", "a.pdf", true],
    ["*.pdf", "dir/a.pdf", false],
    ["**/*.pdf", "a.pdf", true],
    ["**/*.pdf", "x/y/a.pdf", true],
    ["cv/**", "cv/x/y.md", true],
    ["*.{pdf,md}", "a.md", true],
    ["*.{pdf,md}", "a.txt", false],
    ["resume-?.pdf", "resume-1.pdf", true],
    ["resume-?.pdf", "resume-12.pdf", false],
    ["[ab]*.pdf", "b1.pdf", true],
    ["[!ab]*.pdf", "b1.pdf", false],
    ["a+b(1).pdf", "a+b(1).pdf", true],
    ["a.pdf", "axpdf", false],
  ])("%s against %s: %s", (glob, file, matches) => {
    expect(globToRegExp(glob).test(file)).toBe(matches);
  });
});

describe("discoverResumes", () => {
  it("walks a folder in name order, resumes only, skipping hidden folders, node_modules and linked folders", async () => {
    expect(await found([root])).toEqual([
      "2024/deep/y.txt",
      "2024/deep/z.PDF",
      "2024/x.docx",
      "a.md",
      "b.pdf",
      "zeta/w.markdown",
    ]);
  });

  it("expands globs as deep as they reach, taking the files they name", async () => {
    expect(await found([`${root}/*.{pdf,md}`])).toEqual(["a.md", "b.pdf"]);
    expect(await found([`${root}/**/*.txt`])).toEqual(["2024/deep/y.txt"]);
    expect(await found([`${root}/2024/*`])).toEqual(["2024/x.docx"]);
    // A glob picks what it names, resume or not.
    expect(await found([`${root}/*.png`])).toEqual(["notes.png"]);
  });

  it("reads a named file whatever its extension, reads a file named twice once, and reports missing inputs", async () => {
    const png = path.join(root, "notes.png");
    expect(await found([png, path.join(root, "a.md"), root, path.join(root, "nope.pdf")])).toEqual([
      "notes.png",
      "a.md",
      "2024/deep/y.txt",
      "2024/deep/z.PDF",
      "2024/x.docx",
      "b.pdf",
      "zeta/w.markdown",
      `missing:${path.join(root, "nope.pdf")}`,
    ]);
  });

  it("gives relative paths for a relative glob", async () => {
    const files: string[] = [];
    for await (const item of discoverResumes(["fixtures/resumes/*/resume.md"])) files.push(item.file);
    expect(files).toContain("fixtures/resumes/nurse/resume.md");
    expect(files.every((file) => file.startsWith("fixtures/resumes/") && file.endsWith("/resume.md"))).toBe(true);
  });
});
