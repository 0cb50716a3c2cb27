import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "../src/posting/import/html.js";
import { importPosting, type ImportResult } from "../src/posting/import/index.js";
import { gluePoints, textToLines } from "../src/posting/import/lines.js";
import { cleanPhrase, coordinationForms, splitList, takeGroups } from "../src/posting/import/phrases.js";
import { readEducation } from "../src/posting/import/education.js";
import { toClauses } from "../src/posting/import/sections.js";
import { parsePosting } from "../src/posting/load.js";
import type { Posting } from "../src/types.js";

/** Imports text and parses the YAML exactly as `--job` would load it. */
function imported(text: string, fileName = "posting.txt"): ImportResult & { posting: Posting } {
  const result = importPosting(text, { fileName });
  return { ...result, posting: parsePosting(result.yaml, fileName) };
}

const clausesOf = (text: string) => toClauses(textToLines(text)).clauses;

describe("source lines", () => {
  it.each([
    [
      "sentence glued after a full stop",
      "deep learning.Natural Language Processing: LLMs",
      ["deep learning.", "Natural Language Processing: LLMs"],
    ],
    [
      "item glued without punctuation",
      "or a related fieldDomain expertise in",
      ["or a related field", "Domain expertise in"],
    ],
    ["heading glued after a colon", "Nice to have:Comfortable with Spark", ["Nice to have:", "Comfortable with Spark"]],
    [
      "item glued after a bracket",
      "(Python, Java, or C/C++)Familiarity with",
      ["(Python, Java, or C/C++)", "Familiarity with"],
    ],
    [
      "capitalised word before a sentence start",
      "About the ProgramAt Netflix, we",
      ["About the Program", "At Netflix, we"],
    ],
    [
      "acronym after a full stop",
      "optimization techniques.ML Platform: systems",
      ["optimization techniques.", "ML Platform: systems"],
    ],
  ])("splits a run-together %s", (_, text, pieces) => {
    expect(textToLines(text).map((line) => line.text)).toEqual(pieces);
  });

  it.each(["TensorFlow and DeepSpeed", "JavaScript, PyTorch, LinkedIn", "Node.js or e.g. PyTorch", "U.S. citizens"])(
    "keeps camel-case tool names and abbreviations whole: %s",
    (text) => {
      expect(gluePoints(text)).toEqual([]);
    },
  );

  it.each([
    ["collaborative filteringintermediate", "collaborative filtering", "intermediate"],
    ["Offline and online RLintermediate", "Offline and online RL", "intermediate"],
    ["(Python, Java, Scala, or C/C++)advanced", "(Python, Java, Scala, or C/C++)", "advanced"],
    ["SQL - expert", "SQL", "expert"],
    ["Python (beginner)", "Python", "beginner"],
  ])("removes a listed level: %s", (text, skill, level) => {
    expect(textToLines(text)).toEqual([{ line: 1, text: skill, kind: "item", level }]);
  });

  it("keeps words that merely end like a level", () => {
    expect(textToLines("Advanced statistics and intermediate")[0]).toMatchObject({
      text: "Advanced statistics and intermediate",
      kind: "text",
    });
  });

  it("joins hard-wrapped paragraphs and keeps the line each part starts on", () => {
    const text = [
      "We are looking for an engineer who builds services in Python and ships them to production",
      "every week. You will work with our data team on pipelines and on the models they feed,",
      "and you will own them.",
      "",
      "- Python",
      "- SQL",
    ].join("\n");
    const lines = textToLines(text);
    expect(lines.map((line) => [line.line, line.kind])).toEqual([
      [1, "text"],
      [5, "item"],
      [6, "item"],
    ]);
    expect(lines[0].text).toMatch(/production every week\. You will work .* and you will own them\.$/);
  });
});

describe("HTML", () => {
  it("decodes named and numeric entities and refuses invalid code points", () => {
    expect(decodeEntities("R&amp;D &lt;b&gt; caf&eacute; &#8212; &#x2713; &#xD800; &bogus;")).toBe(
      "R&D <b> café — ✓ \ufffd &bogus;",
    );
  });

  it("turns headings, lists and bold paragraphs into lines and drops scripts, styles and comments", () => {
    const html = [
      "<html><head><title>Data Engineer</title><style>p { color: red }</style></head><body>",
      "<script>alert('<li>not text</li>')</script><!-- <h2>hidden</h2> -->",
      "<h2>Requirements</h2>",
      '<ul><li>Experience with <a href="x">Apache&nbsp;Kafka</a></li>',
      "<li>SQL &amp; dbt</li></ul>",
      "<p><strong>Nice to have</strong></p><p>Airflow is a plus<br>Go</p>",
      "</body></html>",
    ].join("\n");
    const { text, lineNumbers } = htmlToText(html);
    expect(text.split("\n")).toEqual([
      "# Data Engineer",
      "# Requirements",
      "- Experience with Apache Kafka",
      "- SQL & dbt",
      "**Nice to have**",
      "Airflow is a plus",
      "Go",
    ]);
    expect(lineNumbers).toEqual([1, 3, 4, 5, 6, 6, 6]);
  });

  it("survives unclosed tags and stray angle brackets", () => {
    expect(htmlToText("<p>a < b and <b>c</p><div class='x").text).toBe("a < b and **c");
    expect(textToLines("a < b and **c")[0].text).toBe("a < b and c");
  });

  it("imports an HTML page with the roles its headings give", () => {
    const { posting } = imported(
      [
        "<h1>Data Engineer</h1><p>Acme is a logistics company.</p>",
        "<h3>Minimum qualifications</h3><ul><li>3 years of experience with Python and SQL</li></ul>",
        "<h3>Preferred qualifications</h3><ul><li>Experience with Apache Airflow</li></ul>",
      ].join("\n"),
      "job.html",
    );
    expect(posting.title).toBe("Data Engineer");
    expect(posting.company).toBe("Acme");
    const importance = Object.fromEntries(posting.skills.map((skill) => [skill.name, skill.importance]));
    expect(importance).toMatchObject({ Python: "required", SQL: "required", "Apache Airflow": "preferred" });
  });
});

describe("required or preferred", () => {
  it.each([
    ["Minimum qualifications", "required", 'under "Minimum qualifications"'],
    ["Basic Qualifications:", "required", 'under "Basic Qualifications"'],
    ["Requirements", "required", 'under "Requirements"'],
    ["Preferred qualifications", "preferred", 'under "Preferred qualifications"'],
    ["Nice to have:", "preferred", 'under "Nice to have"'],
    ["Bonus points", "preferred", 'under "Bonus points"'],
    ["Desired skills", "preferred", 'under "Desired skills"'],
    ["## What you'll need", "required", `under "What you'll need"`],
    ["**Requisitos:**", "required", 'under "Requisitos"'],
  ])("a heading %j makes its list %s", (heading, importance, cue) => {
    const [clause] = clausesOf(`${heading}\n- Experience with Kubernetes`);
    expect(clause).toMatchObject({ text: "Experience with Kubernetes", importance, cue, explicit: true });
  });

  it.each([
    ["Experience with Kafka is a plus.", "preferred", '"is a plus"'],
    ["Experience with dbt is a plus", "preferred", '"is a plus"'],
    ["Familiarity with dbt is nice to have.", "preferred", '"nice to have"'],
    ["Go experience preferred.", "preferred", '"preferred"'],
    ["Rust would be a bonus.", "preferred", '"bonus"'],
    ["Terraform knowledge desired.", "preferred", '"desired"'],
    ["Technical background appreciated but not required.", "preferred", '"not required"'],
    ["Deep knowledge of SQL.", "required", 'under "Requirements"'],
  ])("a cue inside a required list: %s", (item, importance, cue) => {
    const [clause] = clausesOf(`Requirements:\n- ${item}`);
    expect(clause).toMatchObject({ importance, cue });
  });

  it('a required cue inside a preferred list wins for that line, but not "as required"', () => {
    const [firm, loose] = clausesOf(
      "Preferred qualifications\n- A security clearance is required.\n- Ability to travel as required.",
    );
    expect(firm).toMatchObject({ importance: "required", cue: '"required"' });
    expect(loose).toMatchObject({ importance: "preferred", cue: 'under "Preferred qualifications"' });
  });

  it.each(["Even better if you have:", "Ideally you also have", "It would be great if you have"])(
    "reads %j as a preferred heading",
    (heading) => {
      expect(clausesOf(`${heading}\n- Go`)[0]).toMatchObject({ role: "preferred", importance: "preferred" });
    },
  );

  it("reads a cue sentence or a heading inside a paragraph", () => {
    const clauses = clausesOf(
      "We build maps. We are looking for people with the following qualifications: Strong Python. Nice to have: Go; SQL.",
    );
    expect(clauses.map((clause) => [clause.text, clause.role])).toEqual([
      ["We build maps.", "intro"],
      ["Strong Python.", "required"],
      ["Go", "preferred"],
      ["SQL.", "preferred"],
    ]);
  });

  it("does not take a domain area named like a heading for one", () => {
    const clauses = clausesOf("Requirements\nGeneral ML Application Engineering: applied ML, ML pipelines.");
    expect(clauses[0]).toMatchObject({
      role: "required",
      text: "General ML Application Engineering: applied ML, ML pipelines.",
    });
  });

  it("drops a job board's label after a qualification", () => {
    const [clause] = clausesOf("Required Qualifications\nGreat communication skills. (experience)");
    expect(clause.text).toBe("Great communication skills.");
  });
});

describe("groups and phrases", () => {
  it.each([
    ["at least one programming language (Python, Java, or C++)", "at least one", 1, ["Python", "Java", "C++"]],
    ["common frameworks (e.g., PyTorch, TensorFlow, Keras)", "e.g.,", 1, ["PyTorch", "TensorFlow", "Keras"]],
    ["distributed computing environments such as Spark or Presto", "such as", 1, ["Spark", "Presto"]],
    ["one or more of the following languages: Go, Rust, Java", "one or more", 1, ["Go", "Rust", "Java"]],
    ["at least two of the following: Go, Rust, Java", "at least two", 2, ["Go", "Rust", "Java"]],
    ["feature stores (Feast or Tecton)", "or", 1, ["Feast", "Tecton"]],
    ["cloud platforms (AWS and GCP)", "and", 2, ["AWS", "GCP"]],
    [
      "best practices (e.g. version control, testing, code review, etc.)",
      "e.g.",
      1,
      ["version control", "testing", "code review"],
    ],
    ["bases de datos relacionales, como MySQL o PostgreSQL", "como", 1, ["MySQL", "PostgreSQL"]],
  ])("%s", (clause, cue, min, items) => {
    const [group] = takeGroups(clause).groups;
    expect(group).toMatchObject({ cue, min, items });
  });

  it("keeps an acronym bracket with the phrase it names", () => {
    expect(takeGroups("Large Language Models (LLMs), fine-tuning")).toEqual({
      rest: "Large Language Models (LLMs), fine-tuning",
      groups: [],
    });
  });

  it.each([
    ["Familiarity with distributed training", "distributed training"],
    ["3+ years of applied ML engineering experience", "applied ML engineering"],
    ["Developing and evaluating agentic systems", "agentic systems"],
    ["Implementing machine learning solutions across various domains", "machine learning solutions"],
    ["training on GPUs", "training on GPUs"],
    ["hands-on experience with feature stores", "feature stores"],
    ["Conocimientos intermedios en JavaScript", "JavaScript"],
  ])("cleans %j", (phrase, clean) => {
    expect(cleanPhrase(phrase)).toBe(clean);
  });

  it.each([
    ["Image and video understanding", ["Image understanding", "video understanding"]],
    ["modality fusion and alignment", ["modality fusion", "modality alignment"]],
    ["preference- and human-feedback-based learning", ["preference-based learning", "human-feedback-based learning"]],
    ["dynamic panel and dynamic choice modeling", ["dynamic panel modeling", "dynamic choice modeling"]],
    ["Transformers/LLMs for recommendations", ["Transformers for recommendations", "LLMs for recommendations"]],
    ["C/C++", []],
    ["text, image, and audio data", []],
  ])("spells out %j", (phrase, forms) => {
    expect(coordinationForms(phrase)).toEqual(forms);
  });

  it("splits a list and reports its conjunction", () => {
    expect(splitList("Python, Java, Scala, or C/C++")).toEqual({
      items: ["Python", "Java", "Scala", "C/C++"],
      joiner: "or",
    });
    expect(splitList("R or Python")).toEqual({ items: ["R", "Python"], joiner: "or" });
    expect(splitList("fine-tuning (LoRA, QLoRA), and evaluation")).toEqual({
      items: ["fine-tuning (LoRA, QLoRA)", "evaluation"],
      joiner: "and",
    });
  });
});

describe("education", () => {
  it.each([
    ["BA/BS degree in Computer Science or equivalent practical experience.", "bachelors", false, ["Computer Science"]],
    [
      "Bachelor's, Master's or PhD in Statistics, Economics, or a related field",
      "bachelors",
      false,
      ["Statistics", "Economics"],
    ],
    ["Master's degree or PhD in Electrical Engineering", "masters", false, ["Electrical Engineering"]],
    [
      "Currently enrolled student pursuing an advanced degree (PhD) in areas such as Physics, Chemistry or a related field",
      "phd",
      true,
      ["Physics", "Chemistry"],
    ],
    ["MS in Data Science preferred", "masters", false, ["Data Science"]],
    [
      "Estudiante de los últimos ciclos de Ingeniería de Sistemas, Informática o carreras afines.",
      "bachelors",
      true,
      ["Ingeniería de Sistemas", "Informática"],
    ],
  ])("%s", (clause, level, enrolled, fields) => {
    expect(readEducation(clause)).toEqual({ level, enrolled, fields });
  });

  it.each(["5 years of experience with Python", "Latency under 10 ms at p99", "Experience with the BigQuery API"])(
    "finds no degree in %j",
    (clause) => {
      expect(readEducation(clause)).toBeUndefined();
    },
  );
});
