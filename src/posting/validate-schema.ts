/**
 * A small interpreter for the subset of JSON Schema our posting and report schemas use. It reports every
 * problem with its path so the loader can point at file:line:col, and fills in declared defaults.
 */

type TypeName = "object" | "array" | "string" | "number" | "integer" | "boolean";

export interface SchemaNode {
  /** One type, or a list of which the value must match one. */
  type?: TypeName | TypeName[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  /** false: no other keys; a schema: what every other key's value must match (a record). */
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: (string | number | boolean)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
}

export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  /** True when the problem is about a key (unknown property) rather than its value. */
  atKey: boolean;
}

const jsonType = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (Number.isInteger(value)) return "integer";
  return typeof value;
};

const describe = (value: unknown): string => {
  const type = jsonType(value);
  return type === "integer" ? "number" : type === "object" ? "a mapping" : type === "array" ? "a list" : `a ${type}`;
};

const typeNames: Record<string, string> = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
};

/** Validates `value` in place (defaults are written into it) and returns the problems found. */
export function validateAgainstSchema(root: SchemaNode, value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const resolve = (node: SchemaNode): SchemaNode => {
    if (!node.$ref) return node;
    const name = node.$ref.replace("#/$defs/", "");
    const target = root.$defs?.[name];
    if (!target) throw new Error(`schema: unresolved $ref ${node.$ref}`);
    return resolve(target);
  };

  const visit = (rawNode: SchemaNode, current: unknown, path: (string | number)[]): void => {
    const node = resolve(rawNode);
    const fail = (message: string, atKey = false) => problems.push({ path, message, atKey });
    if (node.enum) {
      if (!node.enum.includes(current as string)) {
        fail(`must be one of ${node.enum.map((item) => JSON.stringify(item)).join(", ")}`);
      }
      return;
    }
    const actual = jsonType(current);
    const expected = node.type === undefined ? [] : [node.type].flat();
    const typeMatches =
      expected.length === 0 || expected.some((type) => actual === type || (type === "number" && actual === "integer"));
    if (!typeMatches) {
      fail(`must be ${expected.map((type) => typeNames[type] ?? type).join(" or ")}, not ${describe(current)}`);
      return;
    }
    if (typeof current === "string") {
      if (node.minLength !== undefined && current.length < node.minLength) fail("must not be empty");
      if (node.maxLength !== undefined && current.length > node.maxLength) {
        fail(`must be at most ${node.maxLength} characters`);
      }
      if (node.pattern && !new RegExp(node.pattern).test(current)) {
        fail(`must match ${node.pattern} (lower-case letters, digits and hyphens)`);
      }
    }
    if (typeof current === "number") {
      if (node.minimum !== undefined && current < node.minimum) fail(`must be at least ${node.minimum}`);
      if (node.maximum !== undefined && current > node.maximum) fail(`must be at most ${node.maximum}`);
    }
    if (Array.isArray(current) && node.items) {
      if (node.maxItems !== undefined && current.length > node.maxItems) {
        fail(`must have at most ${node.maxItems} entries (it has ${current.length})`);
        return;
      }
      current.forEach((item, index) => visit(node.items as SchemaNode, item, [...path, index]));
    }
    if (actual === "object" && (node.properties || typeof node.additionalProperties === "object")) {
      const record = current as Record<string, unknown>;
      const properties = node.properties ?? {};
      for (const key of node.required ?? []) {
        if (!Object.hasOwn(record, key)) fail(`is missing the required key "${key}"`);
      }
      for (const key of Object.keys(record)) {
        const child =
          properties[key] ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
        if (!child) {
          if (node.additionalProperties === false) {
            const known = Object.keys(properties).join(", ");
            problems.push({ path: [...path, key], message: `is not a known key (known: ${known})`, atKey: true });
          }
          continue;
        }
        visit(child, record[key], [...path, key]);
      }
      for (const [key, child] of Object.entries(properties)) {
        const fallback = resolve(child).default;
        if (!Object.hasOwn(record, key) && fallback !== undefined) record[key] = structuredClone(fallback);
      }
    }
  };

  visit(root, value, []);
  return problems;
}
