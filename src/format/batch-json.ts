/** The batch command's JSON: one versioned object, or JSON Lines (one row per line) that stream as files finish. */
import type { BatchReport, BatchRow } from "../types.js";

export function formatBatchJson(batch: BatchReport): string {
  return `${JSON.stringify(batch, null, 2)}\n`;
}

export const jsonLine = (row: BatchRow): string => `${JSON.stringify(row)}\n`;

export function formatJsonl(batch: BatchReport): string {
  return batch.rows.map(jsonLine).join("");
}
