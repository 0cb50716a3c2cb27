/**
 * Deterministic byte mutations for fuzzing the readers: a seeded PRNG (so a failing case can be replayed
 * from its seed) and a handful of mutation kinds that real broken files show.
 */

/** mulberry32: small, fast, and good enough to spread mutations. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const MUTATIONS = ["flip", "truncate", "duplicate", "zero-run", "splice-token"];
const PDF_TOKENS = [
  "obj",
  "endobj",
  "stream",
  "endstream",
  "xref",
  "trailer",
  "/Length",
  "<<",
  ">>",
  "[",
  "]",
  "/Filter",
  "/FlateDecode",
];

/** Returns a mutated copy of `bytes` and a description of what was done. */
export function mutate(bytes, random) {
  const copy = Buffer.from(bytes);
  const kind = MUTATIONS[Math.floor(random() * MUTATIONS.length)];
  const at = Math.floor(random() * Math.max(1, copy.length));
  switch (kind) {
    case "flip": {
      const count = 1 + Math.floor(random() * 24);
      for (let index = 0; index < count; index++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      return { bytes: copy, description: `flip ${count} bytes` };
    }
    case "truncate":
      return { bytes: copy.subarray(0, at), description: `truncate at ${at}` };
    case "duplicate": {
      const length = Math.floor(random() * 512);
      return {
        bytes: Buffer.concat([copy.subarray(0, at), copy.subarray(at, at + length), copy.subarray(at)]),
        description: `duplicate ${length} at ${at}`,
      };
    }
    case "zero-run": {
      const length = Math.floor(random() * 256);
      copy.fill(0, at, Math.min(copy.length, at + length));
      return { bytes: copy, description: `zero ${length} at ${at}` };
    }
    default: {
      const token = PDF_TOKENS[Math.floor(random() * PDF_TOKENS.length)];
      return {
        bytes: Buffer.concat([copy.subarray(0, at), Buffer.from(token), copy.subarray(at)]),
        description: `insert ${token} at ${at}`,
      };
    }
  }
}
