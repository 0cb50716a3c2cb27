/**
 * Key under which two spellings of a skill name are the same entry: case, spaces, hyphens, underscores and a
 * dot between letters do not matter ("Node.js" = "NodeJS" = "node js"; "fine-tuning" = "finetuning"), while
 * "+", "#" and a leading dot do (C, C++, C#, .NET stay apart). Shared by scripts/build-kb.mjs and lookups.
 */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<=[a-z0-9])\.(?=[a-z])/g, "")
    .replace(/[\s\-_]+/g, "");
}

/** A name without a trailing version: "Python 3.11", "PyTorch 2.x", "Java 17" -> "Python", "PyTorch", "Java". */
export function withoutVersion(text: string): string {
  return text.replace(/\s+v?\d+(?:\.(?:\d+|x))*\+?$/i, "").trim();
}
