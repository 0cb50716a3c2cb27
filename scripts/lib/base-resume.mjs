/**
 * The fictional resume every format fixture is built from, so that each fixture differs from the clean
 * control only by the failure it shows. Blocks: { heading } | { text, bold?, bullet? }.
 */
export const PERSON = {
  name: "Jordan Ellis",
  email: "jordan.ellis@example.com",
  phone: "+1 (408) 555-0142",
  address: "210 Market Street, San Jose, CA 95112",
  linkedin: "linkedin.com/in/jordanellis",
};

export const CONTACT_LINE = `${PERSON.email} | ${PERSON.phone} | ${PERSON.address}`;

export const SUMMARY = [
  { heading: "Summary" },
  {
    text: "Machine learning engineer with four years of experience building recommendation and ranking systems in Python, from data pipelines to online experiments.",
  },
];

export const EXPERIENCE = [
  { heading: "Experience" },
  { text: "Machine Learning Engineer, Orchard Retail, San Jose, CA (2022 to present)", bold: true },
  {
    bullet: true,
    text: "Built a two-tower retrieval model in PyTorch that raised click-through rate by 6% in an A/B test.",
  },
  {
    bullet: true,
    text: "Moved nightly feature pipelines from cron scripts to Airflow and Spark, cutting failures by 80%.",
  },
  { bullet: true, text: "Mentored two junior engineers and led weekly model review meetings." },
  { text: "Data Scientist, Lumen Analytics, Oakland, CA (2020 to 2022)", bold: true },
  { bullet: true, text: "Designed churn models with gradient boosting that saved an estimated $1.2M a year." },
  { bullet: true, text: "Wrote SQL and dbt models for the marketing team and trained analysts to use them." },
];

export const EDUCATION = [
  { heading: "Education" },
  { text: "M.S. Computer Science, San Jose State University, 2020", bold: true },
  { text: "B.S. Mathematics, University of California, Davis, 2018" },
];

export const SKILL_LIST = [
  ["Python", "PyTorch", "SQL"],
  ["Spark", "Airflow", "dbt"],
  ["Docker", "Git", "Excel"],
];

export const SKILLS = [
  { heading: "Skills" },
  { text: `Languages and tools: ${SKILL_LIST.flat().slice(0, 6).join(", ")}` },
  { text: `Other: ${SKILL_LIST.flat().slice(6).join(", ")}` },
];

export const ALL_BLOCKS = [...SUMMARY, ...EXPERIENCE, ...EDUCATION, ...SKILLS];

/** Words stuffed invisibly by people who try to game an ATS. */
export const STUFFED = "Kubernetes TensorFlow LLM fine-tuning RLHF distributed training CUDA Scala Rust";
