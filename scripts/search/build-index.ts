import { readFileSync } from "node:fs";
import path from "node:path";
import { questions } from "../../src/core/decision/questions";
import { optionHint, questionHint } from "../../src/core/decision/question-hints";
import type { SearchIndexFile } from "../../src/features/search/model/search";
import type { SearchDocument } from "../../src/features/search/model/types";
import { guideSlugs } from "../../src/shared/guide-pages";
import { paths } from "../../src/shared/paths";
import { guidePageSections } from "./sections.ts";

export const guideContentDir = path.resolve(import.meta.dirname, "../../content/guide");

/** Every section of every guide page, in reading order. */
export function guideDocuments(contentDir = guideContentDir): SearchDocument[] {
  return guideSlugs.flatMap((slug) =>
    guidePageSections(slug, readFileSync(path.join(contentDir, `${slug}.mdx`), "utf8")),
  );
}

/**
 * The advisor as one document: its questions, help and answers. Question pages are not linked
 * one by one, because the advisor sends a visitor who jumps ahead back to the first unanswered
 * question; the start page is where a search should lead.
 */
export function advisorDocument(): SearchDocument {
  const text = questions
    .flatMap((question) => [
      question.title,
      questionHint(question.id),
      ...question.options.map((option) =>
        [option.label, optionHint(question.id, option.value)].filter(Boolean).join(": "),
      ),
    ])
    .join(" ");
  return {
    id: "advisor",
    url: paths.advisorStart(),
    page: "Migration advisor",
    heading: "Find the right replacement for the FIM Connector",
    text,
  };
}

export function searchDocuments(contentDir = guideContentDir): SearchDocument[] {
  return [...guideDocuments(contentDir), advisorDocument()];
}

/** The static search index file's content, from the guide's MDX sources and the advisor's questions. */
export function buildSearchIndexFile(contentDir = guideContentDir): SearchIndexFile {
  return { version: 1, documents: searchDocuments(contentDir) };
}
