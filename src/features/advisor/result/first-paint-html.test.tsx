import { JSDOM } from "jsdom";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { CompleteAnswers } from "../../../core/decision/answers";
import { decideOutcome } from "../../../core/decision/decide-outcome";
import { LinkedDetailsPending } from "../../../core/linked-page/linked-page-pending";
import { answersFor } from "../../../core/linked-page/testing/answers-by-outcome";
import { recommendationFirstPaint } from "./first-paint-html";
import { OwnResultActions, SharedResultBanner } from "./recommendation-content";
import { ResultSummary } from "./result-summary";

const { document } = new JSDOM("").window;

/** HTML as nodes, without React Router's `data-discover` marker (the app's links carry it, the paint's need not). */
function nodes(html: string) {
  const template = document.createElement("template");
  template.innerHTML = html;
  for (const link of template.content.querySelectorAll("[data-discover]")) link.removeAttribute("data-discover");
  return template.content;
}

const app = (element: ReactNode) => renderToStaticMarkup(<MemoryRouter>{element}</MemoryRouter>);

function expectSameMarkup(painted: string, rendered: string) {
  // isEqualNode: the same elements, attributes (in any order) and text, node for node.
  const same = nodes(painted).isEqualNode(nodes(rendered));
  if (!same) expect(painted).toBe(rendered);
  expect(same).toBe(true);
}

describe("the recommendation's first paint is what the app renders at once for the same link", () => {
  for (const [name, answers] of Object.entries(answersFor)) {
    const summary = app(
      <>
        <ResultSummary decision={decideOutcome(answers)} />
        <LinkedDetailsPending />
      </>,
    );

    it(`someone else's ${name} link, nothing saved here: the banner, the summary, the reserved space`, () => {
      const banner = app(<SharedResultBanner answers={answers} savedCount={0} />);
      expectSameMarkup(recommendationFirstPaint({ answers, saved: {} }, "/"), banner + summary);
    });

    it(`someone else's ${name} link, other answers saved here: the banner says they are unchanged`, () => {
      const saved = { engine: "mim-2016-sp2" } as const;
      const banner = app(<SharedResultBanner answers={answers} savedCount={1} />);
      expectSameMarkup(recommendationFirstPaint({ answers, saved }, "/"), banner + summary);
      expect(banner).toContain("Your own saved answers are unchanged.");
    });

    it(`the visitor's own ${name} result: no banner, and their own buttons below`, () => {
      expectSameMarkup(
        recommendationFirstPaint({ answers, saved: answers as CompleteAnswers }, "/"),
        summary + app(<OwnResultActions />),
      );
    });
  }

  it("links into the guide and the advisor under the site's base path", () => {
    const ldap = answersFor["connect-sync (LDAP, Graph connector as the alternative)"]!;
    expect(recommendationFirstPaint({ answers: ldap, saved: ldap }, "/entra/")).toContain(
      'href="/entra/guide/graph-connector#when-it-fits"',
    );
    expect(recommendationFirstPaint({ answers: ldap, saved: ldap }, "/entra/")).toContain(
      'href="/entra/advisor/check"',
    );
  });
});
