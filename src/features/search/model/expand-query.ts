import { synonymGroups } from "./synonyms";
import { termsOf } from "./text";

/** One part of a query: the words the visitor typed, and other names for the same thing. */
export type QueryPart = readonly (readonly string[])[];

interface Phrase {
  terms: string[];
  group: number;
}

function phrasesOf(groups: readonly (readonly string[])[]): Phrase[] {
  return groups
    .flatMap((names, group) => names.map((name) => ({ terms: termsOf(name), group })))
    .filter((phrase) => phrase.terms.length > 0)
    .sort((a, b) => b.terms.length - a.terms.length);
}

const defaultPhrases = phrasesOf(synonymGroups);

function startsWith(terms: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((term, offset) => terms[at + offset] === term);
}

const key = (terms: readonly string[]) => terms.join(" ");

/**
 * Splits a query into parts, reading the longest known name first ("Azure AD Connect cloud sync"
 * before "Azure AD Connect" before "Azure AD"). A part that is a known name lists every name of
 * its synonym group(s) as alternatives, the typed words first; any other word is a part alone.
 */
export function expandQuery(query: string, groups: readonly (readonly string[])[] = synonymGroups): QueryPart[] {
  const phrases = groups === synonymGroups ? defaultPhrases : phrasesOf(groups);
  const terms = termsOf(query);
  const parts: QueryPart[] = [];
  for (let at = 0; at < terms.length;) {
    const longest = phrases.find((phrase) => startsWith(terms, at, phrase.terms));
    if (!longest) {
      parts.push([[terms[at]!]]);
      at += 1;
      continue;
    }
    const typed = terms.slice(at, at + longest.terms.length);
    const matchingGroups = new Set(
      phrases.filter((phrase) => key(phrase.terms) === key(typed)).map((phrase) => phrase.group),
    );
    const alternatives = new Map<string, readonly string[]>([[key(typed), typed]]);
    for (const phrase of phrases) {
      if (matchingGroups.has(phrase.group)) alternatives.set(key(phrase.terms), phrase.terms);
    }
    parts.push([...alternatives.values()]);
    at += typed.length;
  }
  return parts;
}
