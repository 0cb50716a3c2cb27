/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and other CI dashboards read: one run whose driver
 * lists every rule, and one result per annotation with the resume as its artifact.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { BatchReport, Severity } from "../types.js";
import { DOCS_URL, annotations, annotationText, rules } from "./annotations.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A relative path becomes a relative URI reference (the viewer resolves it against the checkout); others file: URIs. */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).join("/").split("/").map(encodeURIComponent).join("/");
}

export function formatSarif(batch: BatchReport): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: batch.tool.name,
            version: batch.tool.version,
            informationUri: DOCS_URL,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.why },
              help: { text: rule.fix },
              helpUri: rule.helpUri,
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        results: annotations(batch).map((annotation) => ({
          ruleId: annotation.ruleId,
          ruleIndex: ruleIndex.get(annotation.ruleId),
          level: LEVEL[annotation.severity],
          message: { text: annotationText(annotation, batch) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(annotation.file) },
                ...(annotation.line === undefined ? {} : { region: { startLine: annotation.line } }),
              },
            },
          ],
          properties: {
            jobs: annotation.jobs,
            ...(annotation.page === undefined ? {} : { page: annotation.page }),
          },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
