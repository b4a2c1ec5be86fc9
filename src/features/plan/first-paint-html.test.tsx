import { JSDOM } from "jsdom";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { decideOutcome } from "../../core/decision/decide-outcome";
import { LinkedDetailsPending } from "../../core/linked-page/linked-page-pending";
import { answersFor } from "../../core/linked-page/testing/answers-by-outcome";
import { PlanHeading } from "./components/plan-heading";
import { planFirstPaint } from "./first-paint-html";

const { document } = new JSDOM("").window;
const nodes = (html: string) => {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content;
};

describe("the plan's first paint is what the app renders at once for the same link", () => {
  it("covers every outcome", () => {
    expect(Object.keys(answersFor).length).toBeGreaterThanOrEqual(4);
  });

  for (const [name, answers] of Object.entries(answersFor)) {
    it(`a ${name} plan: its heading, then the space its steps will fill`, () => {
      const rendered = renderToStaticMarkup(
        <>
          <PlanHeading decision={decideOutcome(answers)} />
          <LinkedDetailsPending />
        </>,
      );
      const painted = planFirstPaint({ answers, saved: {} });
      if (!nodes(painted).isEqualNode(nodes(rendered))) expect(painted).toBe(rendered);
      expect(nodes(painted).isEqualNode(nodes(rendered))).toBe(true);
    });
  }
});
