import type { Report } from "../types.js";

/** One versioned object, two-space indented, keys in a fixed order: byte-identical across runs. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
