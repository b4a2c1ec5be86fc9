import { processTerm, tokensOf } from "./text";
import type { TextSegment } from "./types";

/** Characters of section text shown under a result. */
export const EXCERPT_LENGTH = 180;
/** Characters kept before the passage, for context. */
const LEAD = 40;

/** Splits `text` into plain and matched segments; `terms` are processed index terms. */
export function highlight(text: string, terms: ReadonlySet<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const token of tokensOf(text)) {
    const term = processTerm(token.text);
    if (term === null || !terms.has(term)) continue;
    if (token.start > at) segments.push({ text: text.slice(at, token.start), match: false });
    segments.push({ text: token.text, match: true });
    at = token.start + token.text.length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** Offset of the passage of `text` that holds the most distinct matched terms (then the most matches). */
function bestPassage(text: string, terms: ReadonlySet<string>): number {
  const matches = tokensOf(text)
    .map((token) => ({ start: token.start, term: processTerm(token.text) }))
    .filter((match): match is { start: number; term: string } => match.term !== null && terms.has(match.term));
  const span = EXCERPT_LENGTH - LEAD;
  let best = { start: 0, distinct: 0, count: 0 };
  for (let first = 0; first < matches.length; first++) {
    const distinct = new Set<string>();
    let count = 0;
    for (let next = first; next < matches.length && matches[next]!.start < matches[first]!.start + span; next++) {
      distinct.add(matches[next]!.term);
      count += 1;
    }
    if (distinct.size > best.distinct || (distinct.size === best.distinct && count > best.count)) {
      best = { start: matches[first]!.start, distinct: distinct.size, count };
    }
    // The first passage holding every matched term is as good as any later one.
    if (best.distinct === terms.size) break;
  }
  return best.start;
}

/**
 * About EXCERPT_LENGTH characters of `text` around the passage where most of the matched terms
 * occur together, cut at word boundaries, with matched words marked. Without a match in the
 * text (only the heading matched), the excerpt is the text's start.
 */
export function excerpt(text: string, terms: ReadonlySet<string>): TextSegment[] {
  const passage = bestPassage(text, terms);
  // Start at a sentence that begins up to LEAD characters before the passage, or else at a word.
  let start = 0;
  if (passage > LEAD) {
    const from = passage - LEAD;
    const sentence = [...text.slice(from, passage).matchAll(/[.!?]\s+(?=\S)/g)].at(-1);
    const word = /[\s(]\S/.exec(text.slice(from, passage));
    start = sentence ? from + sentence.index + sentence[0].length : word ? from + word.index + 1 : passage;
  }
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  if (end < text.length) {
    // Finish the last word rather than cut it.
    const rest = /^\S*/.exec(text.slice(end))![0];
    end += rest.length;
  }
  const segments = highlight(text.slice(start, end).trim(), terms);
  if (start > 0) segments.unshift({ text: "… ", match: false });
  if (end < text.length) segments.push({ text: " …", match: false });
  return segments;
}
