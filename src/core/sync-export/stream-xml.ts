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

export interface KeptTreeOptions {
  /**
   * Hears each kept element once its end tag is read, with its depth (the root is 0). Returning
   * true releases it: it is taken off its parent's children, so a file of a million records
   * read one at a time never holds more than the one being read.
   */
  readonly onClose?: (element: XmlElement, depth: number) => boolean;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = "XmlSyntaxError";
  }
}

/**
 * Elements nested deeper than this are refused. A server export nests about a dozen deep (its
 * DSML schema, cut out, a few more); a file nested thousands deep is not one, and a kept subtree
 * that deep would exhaust the stack of anything that walks it.
 */
export const MAX_DEPTH = 1000;

export class XmlTooDeepError extends Error {
  constructor(readonly line: number) {
    super(`elements nested more than ${MAX_DEPTH} deep at line ${line}`);
    this.name = "XmlTooDeepError";
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
  /** Inside a comment, CDATA section or processing instruction, which can hold any text. */
  private mode: Mode = "markup";
  /** The end of the last chunk, held back in case a token (`<schema>`, `<!--`, `-->`…) is split across chunks. */
  private pending = "";
  private first = true;
  /** Whether anything but white space was given (an empty file gets its own message). */
  sawContent = false;

  /** The line the parser has reached (1-based): how far a file got when it stopped. */
  get line(): number {
    return this.parser.line;
  }

  constructor(
    private readonly keep: KeepRule,
    private readonly options: KeptTreeOptions = {},
  ) {
    const parser = this.parser;
    parser.on("error", (error) => {
      throw new XmlSyntaxError(parser.line, error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, ""));
    });
    parser.on("opentag", (tag) => {
      // saxes sends closetag for self-closing tags too, so every opened element counts.
      if (this.stack.length + this.skipping >= MAX_DEPTH) throw new XmlTooDeepError(parser.line);
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
      const closed = this.stack.pop();
      if (!closed || !this.options.onClose) return;
      const parent = this.stack.at(-1);
      // The element just closed is its parent's last child: releasing it is one pop.
      if (this.options.onClose(closed.element, this.stack.length) === true && parent) parent.element.children.pop();
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
    if (this.first && text.length < 256 && !text.includes(">")) {
      // Too little to see the whole declaration yet.
      this.pending = text;
      return;
    }
    if (this.first) {
      // The text is already decoded: an XML declaration naming UTF-16 would contradict it.
      text = text.replace(/^\s*<\?xml[^>]*\?>/, (declaration) => declaration.replace(/[^\n]/g, ""));
      this.first = false;
    }
    this.feed(text, false);
  }

  close(): XmlElement | undefined {
    const rest = this.pending;
    this.pending = "";
    this.feed(rest, true);
    // An unclosed <schema> block: the error names the real problem.
    if (this.inSchema) throw new XmlSyntaxError(this.parser.line, `unclosed tag: schema`);
    this.parser.close();
    return this.root;
  }

  /**
   * Passes the text to saxes, minus every `<schema>` block. Comments, CDATA sections and
   * processing instructions are stepped over whole, so a `<schema>` or `</schema>` written
   * inside one (in or out of a schema block) is text, as XML says, and cuts nothing out.
   */
  private feed(text: string, last: boolean): void {
    let at = 0;
    const found = new Map<string, number>();
    const next = (token: string) => {
      let index = found.get(token);
      if (index === undefined || (index >= 0 && index < at)) {
        index = text.indexOf(token, at);
        found.set(token, index);
      }
      return index;
    };
    while (at < text.length) {
      if (this.mode !== "markup") {
        const close = closers[this.mode];
        const end = next(close);
        if (end < 0) {
          const held = last ? 0 : heldBack(text.slice(at));
          this.emit(text.slice(at, text.length - held));
          this.pending = text.slice(text.length - held);
          return;
        }
        this.emit(text.slice(at, end + close.length));
        at = end + close.length;
        this.mode = "markup";
        continue;
      }
      const schemaToken = this.inSchema ? SCHEMA_CLOSE : SCHEMA_OPEN;
      let first = next(schemaToken);
      let firstToken = schemaToken;
      for (const opener of openerTokens) {
        const index = next(opener);
        if (index >= 0 && (first < 0 || index < first)) {
          first = index;
          firstToken = opener;
        }
      }
      if (first < 0) {
        // Hold back what could be the start of a token that the next chunk completes.
        const held = last ? 0 : heldBack(text.slice(at));
        this.emit(text.slice(at, text.length - held));
        this.pending = text.slice(text.length - held);
        return;
      }
      this.emit(text.slice(at, first));
      at = first + firstToken.length;
      if (firstToken === schemaToken) {
        this.sawContent = true;
        this.inSchema = !this.inSchema;
      } else {
        this.emit(firstToken);
        this.mode = openers[firstToken]!;
      }
    }
  }

  /** Text for saxes, or, inside a `<schema>` block, only its line breaks (so messages keep the file's lines). */
  private emit(part: string): void {
    if (part.length === 0) return;
    if (this.inSchema) {
      const lines = countLines(part);
      if (lines > 0) this.parser.write("\n".repeat(lines));
      return;
    }
    if (!this.sawContent && /\S/.test(part)) this.sawContent = true;
    this.parser.write(part);
  }
}

type Mode = "markup" | "comment" | "cdata" | "instruction";
const openers: { readonly [token: string]: Exclude<Mode, "markup"> } = {
  "<!--": "comment",
  "<![CDATA[": "cdata",
  "<?": "instruction",
};
const openerTokens = Object.keys(openers);
const closers: { readonly [mode in Exclude<Mode, "markup">]: string } = {
  comment: "-->",
  cdata: "]]>",
  instruction: "?>",
};
const tokens = [SCHEMA_OPEN, SCHEMA_CLOSE, ...openerTokens, ...Object.values(closers)];
const longestToken = Math.max(...tokens.map((token) => token.length));

/** How many characters at the end of the text could begin a token that the next chunk completes. */
function heldBack(text: string): number {
  for (let length = Math.min(text.length, longestToken - 1); length > 0; length -= 1) {
    const tail = text.slice(text.length - length);
    if (tokens.some((token) => token.length > length && token.startsWith(tail))) return length;
  }
  return 0;
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count += 1;
  return count;
}

function attributesOf(attributes: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  // A plain loop: this runs for every kept element, and a csexport keeps hundreds of thousands.
  for (const name in attributes) {
    const value = attributes[name];
    const colon = name.indexOf(":");
    result[colon < 0 ? name : name.slice(colon + 1)] =
      typeof value === "string" ? value : String((value as { value?: unknown }).value ?? "");
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
