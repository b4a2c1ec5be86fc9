/** A PowerShell single-quoted string: only the quote itself (and its typographic forms) needs doubling. */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

/** A DN's components, split on the commas that are not escaped with a backslash. */
export function dnParts(distinguishedName: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let index = 0; index < distinguishedName.length; index += 1) {
    const char = distinguishedName[index]!;
    if (char === "\\") {
      current += char + (distinguishedName[index + 1] ?? "");
      index += 1;
    } else if (char === ",") {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** The DNS name of the domain an object's DN is in (its DC= parts). */
export function domainOfDn(distinguishedName: string): string {
  return dnParts(distinguishedName)
    .flatMap((part) => {
      const match = /^\s*DC=(.+)$/i.exec(part);
      return match ? [match[1]!.trim()] : [];
    })
    .join(".");
}
