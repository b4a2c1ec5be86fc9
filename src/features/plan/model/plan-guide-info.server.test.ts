import { describe, expect, it } from "vitest";
import { guideAnchors } from "../../../shared/guide-anchors";
import { guideSlugs } from "../../../shared/guide-pages";
import { planGuideInfo } from "./plan-guide-info.server";

describe("the guide information the plan reads at build time", () => {
  const info = planGuideInfo();

  it("has a review date for every guide page", () => {
    for (const slug of guideSlugs) expect(info.lastReviewed[slug], slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("names every registered anchor as page title › section title", () => {
    for (const anchor of guideAnchors) expect(info.sectionTitles[anchor], anchor).toMatch(/^\S.* › \S.*$/);
    expect(info.sectionTitles["remove-old-connector#deletion-rules"]).toBe(
      "Remove the old connector › Deletion rules: the real risk",
    );
  });
});
