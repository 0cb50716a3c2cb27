/**
 * JUnit XML, which most CI systems show as test results: one testsuite per job, one testcase per resume.
 * A testcase fails when its score is below --min-score or when the file could not be read.
 */
import type { BatchJobResult, BatchReport, BatchRow } from "../types.js";
import { findingMessage } from "./messages.js";

/** Escapes text for XML and drops the control characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");

const scoreLine = (result: BatchJobResult) =>
  Object.entries(result.scores)
    .map(([name, value]) => `${name} ${value}`)
    .join(", ");

interface Case {
  row: BatchRow;
  result?: BatchJobResult;
  failure?: { type: string; message: string };
}

function testcase(job: string, { row, result, failure }: Case): string {
  const open = `    <testcase${attributes({ classname: job, name: row.file })}`;
  const details = result
    ? [scoreLine(result), ...result.findings.map((finding) => `${finding.severity}: ${findingMessage(finding)}`)]
    : [];
  const body = [
    ...(failure
      ? [`      <failure${attributes(failure)}>${escapeXml(details.join("\n") || failure.message)}</failure>`]
      : []),
    ...(result && !failure ? [`      <system-out>${escapeXml(details.join("\n"))}</system-out>`] : []),
  ];
  return body.length === 0 ? `${open}/>` : `${open}>\n${body.join("\n")}\n    </testcase>`;
}

function caseFor(row: BatchRow, job: string, minScore: number | undefined): Case {
  if (row.error) return { row, failure: { type: "unreadable", message: row.error.message } };
  const result = row.results.find((item) => item.job === job);
  if (result && minScore !== undefined && result.scores.overall < minScore) {
    const message = `overall ${result.scores.overall} is below --min-score ${minScore}`;
    return { row, result, failure: { type: "min-score", message } };
  }
  return { row, result };
}

const failures = (cases: Case[]) => cases.filter((item) => item.failure).length;

export function formatJunit(batch: BatchReport): string {
  const suites = batch.jobs.map((job) => ({
    job,
    cases: batch.rows.map((row) => caseFor(row, job.id, batch.minScore)),
  }));
  const allCases = suites.flatMap((suite) => suite.cases);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites${attributes({ name: "ats-score", tests: allCases.length, failures: failures(allCases), errors: 0 })}>`,
    ...suites.flatMap(({ job, cases }) => [
      `  <testsuite${attributes({ name: `${job.id}: ${job.title} · ${job.company}`, tests: cases.length, failures: failures(cases), errors: 0, skipped: 0 })}>`,
      ...cases.map((item) => testcase(job.id, item)),
      "  </testsuite>",
    ]),
    "</testsuites>",
    "",
  ].join("\n");
}
