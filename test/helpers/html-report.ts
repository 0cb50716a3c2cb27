import { extractDocument } from "../../src/extract/index.js";
import { formatHtml } from "../../src/format/html/index.js";
import { loadAnalyser } from "../../src/nlp/analyser.js";
import { loadPosting } from "../../src/posting/load.js";
import { analyse } from "../../src/score/index.js";
import { buildPlan } from "../../src/tailor/plan.js";

/** The HTML report for a fixture, with its Report and Document, built the way the CLI builds it. */
export async function htmlReportFor(file: string) {
  const posting = loadPosting("netflix-ml-intern");
  const analyser = await loadAnalyser();
  const doc = await extractDocument(file);
  const report = analyse(doc, posting, analyser, "test");
  const plan = buildPlan(doc, posting, analyser, { have: [], toolVersion: "test" });
  return { html: formatHtml({ report, doc, plan }), report, doc, plan };
}
