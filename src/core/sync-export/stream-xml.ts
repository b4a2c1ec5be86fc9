import { SaxesParser } from "saxes";

/**
 * A streaming XML reader that keeps only the elements asked for. saxes (the parser jsdom uses)
 * checks well-formedness as the text arrives; elements outside `keep` are parsed but never
 * stored, and every `<schema>…</schema>` block (the DSML schema, most of an AD agent's bytes, never
 * read) is cut out of the text before the parser sees it. It runs the same in a Web Worker, where
 * there is no `DOMParser`, on the main thread and in Node.
 */

/** One kept element: its local name (no prefix), attributes, kept children and own text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** The children to keep under an element, by local name; `true` keeps the whole subtree. */
export interface KeepSpec {
  readonly [name: string]: KeepSpec | true;
}

/** What to keep below the root, given the root's local name (the root itself is always kept). */
export type KeepRule = (rootName: string) => KeepSpec | true | undefined;

export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = "XmlSyntaxError";
  }
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);
const SCHEMA_OPEN = "<schema>";
const SCHEMA_CLOSE = "</schema>";

interface Frame {
  readonly element: XmlElement;
  readonly keep: KeepSpec | true | undefined;
}

/**
 * Feeds text to saxes in chunks and builds the kept tree. Call `write` with each decoded chunk,
 * then `close`, which returns the root (undefined for a document with no element, which saxes
 * reports as an error anyway). Throws `XmlSyntaxError` at the first well-formedness error.
 */
export class KeptTreeReader {
  private readonly parser = new SaxesParser({ position: true });
  private readonly stack: Frame[] = [];
  private root: XmlElement | undefined;
  /** Depth inside an element that is not kept (0: not skipping). */
  private skipping = 0;
  /** Inside a `<schema>` block being cut out. */
  private inSchema = false;
  /** The end of the last chunk, held back in case a `<schema>` tag is split across chunks. */
  private pending = "";
  private first = true;
  /** Whether anything but white space was given (an empty file gets its own message). */
  sawContent = false;

  constructor(private readonly keep: KeepRule) {
    const parser = this.parser;
    parser.on("error", (error) => {
      throw new XmlSyntaxError(parser.line, error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, ""));
    });
    parser.on("opentag", (tag) => {
      // saxes sends closetag for self-closing tags too, so every opened element counts.
      if (this.skipping > 0) {
        this.skipping += 1;
        return;
      }
      const name = localName(tag.name);
      const parent = this.stack.at(-1);
      let keep: KeepSpec | true | undefined;
      if (!parent) keep = this.keep(name);
      else if (parent.keep === true) keep = true;
      else {
        keep = parent.keep?.[name];
        if (keep === undefined) {
          this.skipping = 1;
          return;
        }
      }
      const element: XmlElement = { name, attributes: attributesOf(tag.attributes), children: [], text: "" };
      if (parent) parent.element.children.push(element);
      else this.root = element;
      this.stack.push({ element, keep });
    });
    parser.on("closetag", () => {
      if (this.skipping > 0) {
        this.skipping -= 1;
        return;
      }
      this.stack.pop();
    });
    const onText = (text: string) => {
      if (this.skipping > 0) return;
      const top = this.stack.at(-1);
      if (top) top.element.text += text;
    };
    parser.on("text", onText);
    parser.on("cdata", onText);
  }

  write(chunk: string): void {
    let text = this.pending + chunk;
    this.pending = "";
    if (this.first) {
      // The text is already decoded: an XML declaration naming UTF-16 would contradict it.
      text = text.replace(/^\s*<\?xml[^>]*\?>/, (declaration) => declaration.replace(/[^\n]/g, ""));
      this.first = false;
    }
    // Hold back what could be the start of a split <schema> or </schema> tag.
    const hold = Math.min(text.length, SCHEMA_CLOSE.length - 1);
    const lt = text.lastIndexOf("<", text.length - 1);
    if (lt >= 0 && lt >= text.length - hold) {
      this.pending = text.slice(lt);
      text = text.slice(0, lt);
    }
    this.feed(text);
  }

  close(): XmlElement | undefined {
    const rest = this.pending;
    this.pending = "";
    // An unclosed <schema> block: parse what is left as it is, so the error names the real problem.
    this.feed(rest);
    if (this.inSchema) throw new XmlSyntaxError(this.parser.line, `unclosed tag: schema`);
    this.parser.close();
    return this.root;
  }

  private feed(text: string): void {
    let at = 0;
    while (at < text.length) {
      if (this.inSchema) {
        const end = text.indexOf(SCHEMA_CLOSE, at);
        const skipped = end < 0 ? text.slice(at) : text.slice(at, end);
        // Line numbers in messages stay those of the file.
        const lines = countLines(skipped);
        if (lines > 0) this.parser.write("\n".repeat(lines));
        if (end < 0) return;
        this.inSchema = false;
        at = end + SCHEMA_CLOSE.length;
        continue;
      }
      const start = text.indexOf(SCHEMA_OPEN, at);
      const part = start < 0 ? text.slice(at) : text.slice(at, start);
      if (!this.sawContent && /\S/.test(part)) this.sawContent = true;
      this.parser.write(part);
      if (start < 0) return;
      this.sawContent = true;
      this.inSchema = true;
      at = start + SCHEMA_OPEN.length;
    }
  }
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count += 1;
  return count;
}

function attributesOf(attributes: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    result[localName(name)] = typeof value === "string" ? value : String((value as { value?: unknown }).value ?? "");
  }
  return result;
}

/** The text of an element and all its kept descendants, as `textContent` would give it. */
export function textContent(element: XmlElement | undefined): string {
  if (!element) return "";
  if (element.children.length === 0) return element.text;
  let text = element.text;
  for (const child of element.children) text += textContent(child);
  return text;
}
