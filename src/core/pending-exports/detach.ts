/**
 * A copy of a string that holds nothing else. The parser's strings can be slices of the text
 * chunk they were read from (V8 keeps the whole chunk alive for a slice of it): a kept DN would
 * then keep a megabyte of the file, and a summary of a big file would grow with the file.
 */
export function detach(text: string): string {
  return (" " + text).slice(1);
}

/** A copy of a kept record whose strings (and arrays of strings) hold nothing else. */
export function detachAll<T extends object>(record: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record))
    copy[key] =
      typeof value === "string"
        ? detach(value)
        : Array.isArray(value)
          ? value.map((item: unknown) => (typeof item === "string" ? detach(item) : item))
          : value;
  return copy as T;
}
