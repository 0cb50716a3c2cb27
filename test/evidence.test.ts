import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../src/extract/index.js";
import { loadAnalyser, type Analyser } from "../src/nlp/analyser.js";
import { loadPosting } from "../src/posting/load.js";
import { analyse, postingIndex } from "../src/score/index.js";
import { findOccurrences } from "../src/score/skills.js";
import { buildUnits, recencyFactor } from "../src/score/units.js";
import type { Document, Evidence, Posting, Report } from "../src/types.js";
import { markdownDocument } from "./helpers/documents.js";

const posting = loadPosting("netflix-ml-intern");
let analyser: Analyser;
beforeAll(async () => {
  analyser = await loadAnalyser();
});

const score = (doc: Document, job: Posting = posting): Report => analyse(doc, job, analyser, "test");
const skill = (report: Report, id: string) => report.skills.find((item) => item.skillId === id)!;

/** The PyTorch evidence of one line, in the section given. */
function pytorchEvidence(line: string, section = "Experience"): Evidence | undefined {
  const doc = markdownDocument(`# Test Person\n## ${section}\n${line}\n`);
  const occurrences = findOccurrences(buildUnits(doc, analyser), postingIndex(posting, analyser), () => 1, 2026);
  return occurrences.find((item) => item.skillId === "pytorch")?.evidence;
}

describe("negation and hedging weaken a mention", () => {
  const cases: [string, number, boolean][] = [
    ["- Trained ranking models in PyTorch on 2M sessions", 1, false],
    ["- Built models for machine learning with PyTorch and improved recall by 4%", 1, false],
    ["- Built some models in PyTorch for a class project", 0.9, false],
    ["- Basic exposure to PyTorch through a tutorial", 0.45, true],
    ["- Familiar with PyTorch from online courses", 0.45, true],
    ["- Currently learning PyTorch and JAX on weekends", 0.45, true],
    ["- Trained a toy classifier in PyTorch (beginner) last spring", 0.45, true],
    ["- No experience with PyTorch yet, learning TensorFlow", 0, true],
    ["- Have never used PyTorch in production work", 0, true],
  ];
  it.each(cases)("%s -> %d", (line, strength, hedged) => {
    expect(pytorchEvidence(line)).toMatchObject({ strength, hedged });
  });
});

describe("evidence strength by where a skill is shown", () => {
  it("ranks an action-and-outcome bullet > a bullet > skills list > coursework > summary", () => {
    const strengths = [
      pytorchEvidence("- Trained ranking models in PyTorch and cut latency by 30%"),
      pytorchEvidence("- Trained ranking models in PyTorch for the search team"),
      pytorchEvidence("PyTorch, JAX, NumPy", "Skills"),
      pytorchEvidence("Deep Learning with PyTorch (CS 231)", "Relevant Coursework"),
      pytorchEvidence("Researcher who enjoys PyTorch and open problems", "Summary"),
    ].map((evidence) => evidence?.strength ?? -1);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(new Set(strengths).size).toBe(strengths.length);
  });
});

describe("recency: older roles count less, read against the posting's year", () => {
  const resume = (dates: string) =>
    markdownDocument(
      `# Test Person\ntest@example.com\n## Experience\n**ML Engineer**, Acme — Boston, MA\n${dates}\n\n` +
        "- Trained ranking models in PyTorch and improved recall by 12%\n",
    );

  it("gives a role that ended in 2015 less credit than one that runs to the present", () => {
    const old = skill(score(resume("Jan 2013 – Dec 2015")), "pytorch");
    const current = skill(score(resume("Jan 2024 – Present")), "pytorch");
    expect(current.credit).toBe(1);
    expect(old.credit).toBeCloseTo(0.7, 3);
    expect(old.evidence[0].year).toBe(2015);
    expect(current.evidence[0].year).toBeUndefined();
  });

  it("uses the posting's start year, not today's date", () => {
    const later = { ...posting, startDates: ["2031-06"] };
    const recent = resume("Jan 2024 – Dec 2025");
    expect(skill(score(recent), "pytorch").credit).toBe(1);
    expect(skill(score(recent, later), "pytorch").credit).toBeCloseTo(0.8, 3);
    expect([0, 1, 2, 3, 8, 20].map((age) => recencyFactor(2026 - age, 2026))).toEqual([1, 1, 1, 0.95, 0.7, 0.7]);
  });
});

describe("repetition and stuffing never raise the score", () => {
  const base =
    "# Test Person\ntest@example.com\n## Experience\n- Trained ranking models in PyTorch and improved recall by 12%\n";

  it("counts a skill repeated ten times once", () => {
    const repeated = markdownDocument(`${base}- ${"PyTorch ".repeat(10)}\n`);
    expect(skill(score(repeated), "pytorch").credit).toBe(skill(score(markdownDocument(base)), "pytorch").credit);
  });

  it("reports hidden text naming posting terms and gives it no credit", () => {
    const hiddenLine = "DDP FSDP DeepSpeed reinforcement learning collaborative filtering causal inference";
    const doc = markdownDocument(`${base}${hiddenLine}\n`);
    const withHidden: Document = {
      ...doc,
      lines: doc.lines.map((line) => (line.text === hiddenLine ? { ...line, hidden: true } : line)),
    };
    const report = score(withHidden);
    const finding = report.findings.find((item) => item.checkId === "keyword-stuffing");
    expect(finding?.data).toMatchObject({ section: "hidden", hidden: true });
    expect(Number(finding?.data.terms)).toBeGreaterThanOrEqual(5);
    expect(report.scores).toEqual(score(markdownDocument(base)).scores);
    expect(skill(report, "ddp").status).toBe("missing");
  });
});

describe("a skills list alone scores clearly below the same skills shown in bullets", () => {
  let listed: Report;
  let shown: Report;
  beforeAll(async () => {
    listed = score(await extractDocument("fixtures/resumes/skills-list-only/resume.pdf"));
    shown = score(await extractDocument("fixtures/resumes/skills-in-bullets/resume.pdf"));
  });

  it("scores lower on skills and overall, without being called keyword stuffing", () => {
    expect(listed.scores.skills).toBeLessThanOrEqual(shown.scores.skills - 15);
    expect(listed.scores.overall).toBeLessThan(shown.scores.overall - 5);
    expect(listed.findings.map((finding) => finding.checkId)).not.toContain("keyword-stuffing");
  });

  it("leaves hard requirements unclear when the skill is only listed", () => {
    const status = (report: Report, id: string) => report.requirements.find((item) => item.id === id);
    expect(status(shown, "gpu-training")).toMatchObject({ status: "met" });
    expect(status(listed, "gpu-training")).toMatchObject({ status: "unclear", reason: "listed-only" });
    expect(status(listed, "gpu-training")?.evidence[0].section).toBe("skills");
  });
});
