/**
 * How text becomes search terms, for the index and the query alike. Numbers keep their
 * separators inside one token ("150,000", "2.5.79.0"), so a search for a limit or a build
 * number finds that number and not every "000" or "0" on the site.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu;

/** Words too common to help; dropped from documents and queries alike. */
const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "by",
  "for",
  "from",
  "in",
  "is",
  "it",
  "its",
  "of",
  "on",
  "or",
  "s",
  "that",
  "the",
  "this",
  "to",
  "with",
]);

export interface Token {
  text: string;
  /** Offset of the token in the text it came from. */
  start: number;
}

/** Tokens of `text` with their offsets, for highlighting. */
export function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ text: match[0], start: match.index }));
}

/** MiniSearch's `tokenize`: the raw tokens of a field or a query. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * MiniSearch's `processTerm`: lower case without diacritics; thousands separators dropped and
 * "150k" read as 150000; stop words removed (null).
 */
export function processTerm(term: string): string | null {
  let processed = term.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$/.test(processed)) processed = processed.replaceAll(",", "");
  const thousands = /^(\d+)k$/.exec(processed);
  if (thousands) processed = `${thousands[1]}000`;
  return STOP_WORDS.has(processed) ? null : processed;
}

/** The search terms of a phrase, in order: tokenized and processed as the index does it. */
export function termsOf(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}
