import { describe, expect, it } from "vitest";
import { batchFormats, formatters, reportFormats } from "../src/format/index.js";
import { formatCatalogue } from "../src/format/names.js";

describe("format registry", () => {
  it("has a renderer for exactly what the catalogue says each format renders", () => {
    expect(Object.keys(formatters).sort()).toEqual(Object.keys(formatCatalogue).sort());
    for (const [name, formatter] of Object.entries(formatters)) {
      const renders = [formatter.report && "report", formatter.batch && "batch"].filter(Boolean);
      expect(renders, name).toEqual([...formatCatalogue[name as keyof typeof formatCatalogue].renders]);
    }
  });

  it("offers json and the CI formats to both commands, the table to batch only", () => {
    expect(reportFormats).toEqual(["pretty", "html", "json", "sarif", "junit", "github"]);
    expect(batchFormats).toEqual(["table", "json", "jsonl", "csv", "sarif", "junit", "github"]);
  });
});
