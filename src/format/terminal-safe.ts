/**
 * The one place where text from a document, a posting or a file name is made safe for a terminal.
 * Control characters (C0, DEL, C1) and bidirectional overrides would let a hostile file clear the screen,
 * set the window title, fake a score or reorder what a person reads, so each is shown as a visible
 * escape instead of being sent to the terminal.
 */

/* eslint-disable no-control-regex -- matching control characters is the point of this module */
// C0 controls, DEL and C1 controls; bidi embeddings, overrides, isolates and marks; line/paragraph separators.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEP_LINES =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const visible = (character: string): string => {
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};

/** One line of text with every control and bidi character shown as an escape (newlines and tabs too). */
export function safeLine(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Multi-line text: newlines and tabs stay, every other control or bidi character becomes an escape. */
export function safeText(text: string): string {
  return text.replace(UNSAFE_KEEP_LINES, visible);
}
