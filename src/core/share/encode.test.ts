import { answersWith } from "../decision/example-answers";
import { describe, expect, it } from "vitest";
import type { CompleteAnswers } from "../decision";
import { encodeAnswers, planPath } from "./encode";
import { recommendationPath } from "./recommendation-path";

const ldap: CompleteAnswers = {
  engine: "mim-2016-sp2",
  directory: "ldap",
  "total-objects": "unsure",
  licenses: "p1-p2",
  "mail-objects": "no",
  federation: "managed",
  environment: "production",
};
const ldapQuery =
  "v=3&engine=mim-2016-sp2&directory=ldap&total-objects=unsure&federation=managed&licenses=p1-p2&mail-objects=no&environment=production";

describe("encoding answers into a share link", () => {
  it("puts the version first, then one parameter per answered question in the graph's order", () => {
    expect(
      encodeAnswers({
        federation: "managed",
        environment: "production",
        "mail-objects": "no",
        licenses: "p1-p2",
        "total-objects": "unsure",
        directory: "ldap",
        engine: "mim-2016-sp2",
      }),
    ).toBe(ldapQuery);
  });

  it("lists needs comma-separated in the question's option order, whatever order they were chosen in", () => {
    const query = encodeAnswers(
      answersWith({ needs: ["groups-over-50k", "device-sync"].reverse() as ["device-sync", "groups-over-50k"] }),
    );
    expect(query).toContain("&needs=groups-over-50k,device-sync&");
  });

  it("builds the recommendation path with the outcome the answers lead to, and the plan path", () => {
    expect(recommendationPath(ldap)).toBe(`/recommendation/connect-sync?${ldapQuery}`);
    expect(planPath(ldap)).toBe(`/plan?${ldapQuery}`);
  });
});
