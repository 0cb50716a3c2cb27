/**
 * HTML -> the line-oriented text the importer reads: block elements end lines, headings become "# "
 * lines, list items "- " lines, bold text "**...**" (so a bold-only paragraph reads as a heading), and
 * entities are decoded. A linear scanner, not a regular expression over the whole page, so hostile input
 * cannot make it backtrack; scripts, styles and comments are dropped unread. Nothing is fetched.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  times: "×",
  plusmn: "±",
  shy: "",
  zwj: "",
  zwnj: "",
  aacute: "á",
  eacute: "é",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  ntilde: "ñ",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  ccedil: "ç",
  agrave: "à",
  egrave: "è",
  Aacute: "Á",
  Eacute: "É",
  Iacute: "Í",
  Oacute: "Ó",
  Uacute: "Ú",
  Ntilde: "Ñ",
  iexcl: "¡",
  iquest: "¿",
  szlig: "ß",
};

/** Decodes named and numeric character references; unknown or invalid ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"]);
const BLOCK = new Set([
  "p",
  "div",
  "br",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "table",
  "tr",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "blockquote",
  "pre",
  "hr",
  "form",
  "fieldset",
  "figure",
  "figcaption",
  "address",
  "body",
  "html",
  "head",
]);
const CELL = new Set(["td", "th"]);
const BOLD = new Set(["strong", "b"]);

/** Where a tag ends, honouring quoted attribute values; -1 when it never does. */
function tagEnd(html: string, from: number): number {
  let quote = "";
  for (let index = from; index < html.length; index++) {
    const char = html[index];
    if (quote) {
      if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return index;
  }
  return -1;
}

/** True when the text looks like HTML rather than plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|body|div|p|ul|ol|li|h[1-6]|br|span|table|strong)\b[^>]*>/i.test(
    text.slice(0, 20000),
  );
}

/** The page as text lines, and for each line the 1-based line of the HTML it starts on. */
export function htmlToText(html: string): { text: string; lineNumbers: number[] } {
  const lower = html.toLowerCase();
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  let current = "";
  let currentLine = 1;
  let sourceLine = 1;
  let position = 0;
  const endLine = () => {
    const text = current.replace(/[ \t]+/g, " ").trim();
    if (text !== "" && text !== "**" && text !== "- " && text !== "-" && text !== "#") {
      lines.push(text);
      lineNumbers.push(currentLine);
    }
    current = "";
  };
  const append = (text: string) => {
    if (current.trim() === "" || /^(?:# |- )$/.test(current)) currentLine = sourceLine;
    current += text;
  };
  const advanceTo = (target: number) => {
    for (let index = position; index < target && index < html.length; index++) if (html[index] === "\n") sourceLine++;
    position = target;
  };
  while (position < html.length) {
    const open = html.indexOf("<", position);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > position) {
      const raw = html.slice(position, textEnd);
      const leading = raw.match(/^\s*/)?.[0] ?? "";
      advanceTo(position + leading.length);
      const text = decodeEntities(raw.slice(leading.length).replace(/\s+/g, " "));
      if (text !== "") append((leading && current !== "" ? " " : "") + text);
      advanceTo(textEnd);
      continue;
    }
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      advanceTo(close < 0 ? html.length : close + 3);
      continue;
    }
    const match = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, open + 40));
    const end = tagEnd(html, open + 1);
    if (match && end < 0) break; // a tag cut off at the end of the page
    if (!match) {
      append("<");
      advanceTo(open + 1);
      continue;
    }
    const name = match[1].toLowerCase();
    const closing = html[open + 1] === "/";
    advanceTo(end + 1);
    if (!closing && SKIPPED.has(name)) {
      const close = lower.indexOf(`</${name}`, position);
      advanceTo(close < 0 ? html.length : close);
      continue;
    }
    if (/^h[1-6]$/.test(name) || name === "title") {
      endLine();
      if (!closing) append("# ");
    } else if (name === "li") {
      endLine();
      if (!closing) append("- ");
    } else if (BLOCK.has(name)) {
      endLine();
    } else if (CELL.has(name)) {
      if (!closing) append(" ");
    } else if (BOLD.has(name)) {
      append("**");
    }
  }
  endLine();
  return { text: lines.join("\n"), lineNumbers };
}
