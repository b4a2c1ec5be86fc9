import { textContent, type XmlElement } from "./stream-xml";
import { child, children } from "./xml-read";
import type { ExpressionNode } from "./types";

/**
 * Reads a FIM Service sync rule's expression from `<sync-rule-value>`. The Synchronization Service
 * writes it as `<export-flow><src><attr>…</attr></src><dest>…</dest><fn id="…"><arg>…</arg></fn>`
 * (seen in Microsoft's MIMConfigDocumenter sample export, e.g. `fn id="IIF"` with nested `Eq`); an
 * `<arg>` holds a quoted literal (`"CN="`), a number, an attribute name, or another `<fn>`.
 * Returns undefined when the value is a plain constant (no `<fn>`).
 */
export function readExpression(value: XmlElement | undefined): ExpressionNode | undefined {
  const flow = child(value, "export-flow") ?? child(value, "import-flow");
  const fn = child(flow, "fn") ?? child(value, "fn");
  return fn ? readFn(fn, 0) : undefined;
}

/** Deeper than this, a tree is not a real rule; the rest is kept as text. */
const MAX_DEPTH = 64;

function readFn(fn: XmlElement, depth: number): ExpressionNode {
  const id = fn.attributes["id"] ?? "";
  if (depth >= MAX_DEPTH) return { literal: textContent(fn).trim() };
  return { fn: id, args: children(fn, "arg").map((arg) => readArg(arg, depth + 1)) };
}

function readArg(arg: XmlElement, depth: number): ExpressionNode {
  const inner = child(arg, "fn");
  if (inner) return readFn(inner, depth);
  const raw = textContent(arg).trim();
  // Quoted text and numbers are literals; anything else names an attribute.
  if (/^".*"$/s.test(raw) || /^-?\d+(\.\d+)?$/.test(raw) || raw === "") return { literal: raw };
  return { attribute: raw };
}

/** The expression written as the FIM Portal shows it: `IIF(Eq(scope,"Global"),-2147483646,…)`. */
export function expressionText(node: ExpressionNode): string {
  if ("fn" in node) return `${node.fn}(${node.args.map(expressionText).join(",")})`;
  if ("literal" in node) return node.literal;
  return node.attribute;
}
