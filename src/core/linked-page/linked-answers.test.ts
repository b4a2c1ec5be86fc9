import { describe, expect, it } from "vitest";
import { planPath, recommendationPath } from "../share";
import v1 from "../share/fixtures/v1.json";
import v2 from "../share/fixtures/v2.json";
import v3 from "../share/fixtures/v3.json";
import type { Answers } from "../decision";
import { linkedAnswersView } from "./linked-answers";

const [oneForest] = v3;
const [oneForestV2] = v2;
const [oneForestV1] = v1;
const answers = oneForest!.answers as Answers;
const at = (pathname: string, search = "") => ({ pathname, search });
const nothingSaved = { answers: {}, ready: true };

describe("a page built from a share URL's answers", () => {
  it("shows the answers when the path is already theirs, with or without a trailing slash", () => {
    for (const pathname of ["/recommendation/cloud-sync", "/recommendation/cloud-sync/"])
      expect(linkedAnswersView(at(pathname, `?${oneForest!.query}`), nothingSaved, recommendationPath)).toEqual({
        kind: "ready",
        answers,
      });
  });

  it("moves a link with the wrong outcome, or none, to the answers' own URL", () => {
    for (const pathname of ["/recommendation", "/recommendation/connect-sync"])
      expect(linkedAnswersView(at(pathname, oneForest!.query), nothingSaved, recommendationPath)).toEqual({
        kind: "redirect",
        to: `/recommendation/cloud-sync?${oneForest!.query}`,
      });
  });

  it("shows a v1 link's upgraded answers at its own address, saying it was upgraded, and never rewrites its query", () => {
    const view = linkedAnswersView(
      at("/recommendation/cloud-sync", `?${oneForestV1!.query}`),
      nothingSaved,
      recommendationPath,
    );
    expect(view).toMatchObject({ kind: "ready", upgradedFrom: 1 });
    expect(
      linkedAnswersView(at("/recommendation", `?${oneForestV1!.query}`), nothingSaved, recommendationPath),
    ).toEqual({
      kind: "redirect",
      to: `/recommendation/cloud-sync?${oneForestV1!.query}`,
    });
  });

  it("shows a v2 link's upgraded answers at its own address, saying it was made with v2", () => {
    expect(
      linkedAnswersView(at("/recommendation/cloud-sync", `?${oneForestV2!.query}`), nothingSaved, recommendationPath),
    ).toMatchObject({ kind: "ready", upgradedFrom: 2, answers: { federation: "unsure" } });
    expect(linkedAnswersView(at("/plan", `?${oneForestV2!.query}`), nothingSaved, planPath)).toMatchObject({
      kind: "ready",
      upgradedFrom: 2,
    });
  });

  it("names the problems of a link it cannot trust instead of guessing", () => {
    const view = linkedAnswersView(at("/plan", "?v=1&engine=mim-2030"), nothingSaved, planPath);
    expect(view.kind).toBe("invalid");
  });

  it("waits for the saved answers before judging any link", () => {
    for (const search of ["", oneForest!.query, "v=1&engine=mim-2030"])
      expect(linkedAnswersView(at("/plan", search), { answers: {}, ready: false }, planPath)).toEqual({
        kind: "loading",
      });
  });

  it("shows the visitor's own complete answers at their URL when the link carries none", () => {
    expect(linkedAnswersView(at("/plan", "?"), { answers, ready: true }, planPath)).toEqual({
      kind: "redirect",
      to: `/plan?${oneForest!.query}`,
    });
  });

  it("says there is nothing to show when neither the link nor this browser has complete answers", () => {
    const started = { answers: { engine: "mim-2016-sp2" } as Answers, ready: true };
    expect(linkedAnswersView(at("/recommendation"), started, recommendationPath)).toEqual({ kind: "empty" });
  });
});
