/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A number for SVG attributes: two decimals at most, no trailing zeros. */
export const svgNumber = (value: number) => String(Math.round(value * 100) / 100);
