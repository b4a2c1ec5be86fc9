import { describe, expect, it } from "vitest";
import { decodeShare, outcomeFromShare, type DecodeResult } from "./decode";
import type { Problem } from "./problems";

const ldapLink =
  "v=3&engine=mim-2016-sp2&directory=ldap&total-objects=under-100k&federation=managed&licenses=p1-p2&mail-objects=no&environment=production";
const adLink =
  "v=3&engine=mim-2016-sp2&directory=ad&in-ad=already&forests=one&largest-domain=under-100k&total-objects=under-100k&needs=none&only-sync=no&existing-connect=no&federation=adfs&environment=production";
const ldapAnswers = {
  engine: "mim-2016-sp2",
  directory: "ldap",
  "total-objects": "under-100k",
  federation: "managed",
  licenses: "p1-p2",
  "mail-objects": "no",
  environment: "production",
};

function failure(result: DecodeResult): { problems: readonly Problem[]; validAnswers: object } {
  if (result.ok) throw new Error("expected the link to be rejected");
  return result;
}
const kinds = (search: string) => failure(decodeShare(search)).problems.map((p) => [p.kind, p.questionId, p.value]);

describe("reading a share link", () => {
  it("reads a canonical link, with or without the leading ?", () => {
    for (const search of [ldapLink, `?${ldapLink}`]) {
      expect(decodeShare(search)).toEqual({ ok: true, version: 3, answers: ldapAnswers });
    }
  });

  it("ignores unknown parameters and the order of parameters", () => {
    const shuffled =
      "utm_source=newsletter&environment=production&mail-objects=no&licenses=p1-p2&federation=managed&total-objects=under-100k&directory=ldap&engine=mim-2016-sp2&v=3&x";
    expect(decodeShare(shuffled)).toEqual(decodeShare(ldapLink));
  });

  it("reads needs in any order and with an escaped comma, storing them in option order", () => {
    const result = decodeShare(adLink.replace("needs=none", "needs=device-sync%2Cgroups-over-50k"));
    expect(result.ok && result.answers.needs).toEqual(["groups-over-50k", "device-sync"]);
  });

  it("gives the outcome a readable link leads to, and none for an unreadable one", () => {
    expect(outcomeFromShare(ldapLink)).toBe("connect-sync");
    expect(outcomeFromShare(adLink)).toBe("cloud-sync");
    expect(outcomeFromShare("v=3&engine=mim-2016-sp2")).toBeUndefined();
  });
});

describe("rejecting a share link", () => {
  it("reports a missing version but keeps the answers to continue with", () => {
    const result = failure(decodeShare(ldapLink.replace("v=3&", "")));
    expect(result.problems.map((p) => p.kind)).toEqual(["missing-version"]);
    expect(result.validAnswers).toEqual(ldapAnswers);
  });

  it("reports a version it never released, and one from the future", () => {
    expect(kinds(ldapLink.replace("v=3", "v=0"))).toEqual([["unknown-version", undefined, "0"]]);
    expect(kinds(ldapLink.replace("v=3", "v=one"))).toEqual([["unknown-version", undefined, "one"]]);
    expect(kinds(ldapLink.replace("v=3", "v=4"))).toEqual([["future-version", undefined, "4"]]);
    expect(failure(decodeShare(ldapLink.replace("v=3", "v=4"))).problems[0]?.message).toContain("newer version");
  });

  it("names the question and the value that is not one of its answers", () => {
    const result = failure(decodeShare(ldapLink.replace("licenses=p1-p2", "licenses=e5")));
    expect(result.problems).toEqual([
      {
        kind: "invalid-value",
        questionId: "licenses",
        value: "e5",
        message: "“e5” is not one of the answers to “Entra ID P1 or P2”.",
      },
    ]);
    expect(result.validAnswers).toEqual(
      Object.fromEntries(Object.entries(ldapAnswers).filter(([id]) => id !== "licenses")),
    );
  });

  it("reports a question answered twice", () => {
    expect(kinds(`${ldapLink}&licenses=none`)).toEqual([["duplicate", "licenses", "p1-p2,none"]]);
    expect(kinds(`${ldapLink}&licenses=p1-p2`)).toEqual([["duplicate", "licenses", "p1-p2,p1-p2"]]);
    expect(kinds(`${ldapLink}&v=3`)).toEqual([["duplicate", undefined, "3,3"]]);
  });

  it("reports an answer to a question the other answers do not ask, and drops it", () => {
    const result = failure(decodeShare(`${ldapLink}&only-sync=yes`));
    expect(result.problems.map((p) => [p.kind, p.questionId, p.value])).toEqual([
      ["not-applicable", "only-sync", "yes"],
    ]);
    expect(result.problems[0]?.message).toContain("“FIM/MIM's only job”");
    expect(result.validAnswers).not.toHaveProperty("only-sync");
  });

  it("reports a need that is only offered with several forests", () => {
    const link = adLink.replace("needs=none", "needs=device-sync,cross-forest-references");
    const result = failure(decodeShare(link));
    expect(result.problems.map((p) => [p.kind, p.questionId, p.value])).toEqual([
      ["not-applicable", "needs", "cross-forest-references"],
    ]);
    expect(result.validAnswers).toMatchObject({ needs: ["device-sync"] });
  });

  it("reports none mixed with other needs, unknown needs, repeated needs and an empty list", () => {
    expect(kinds(adLink.replace("needs=none", "needs=none,device-sync"))).toEqual([["invalid-value", "needs", "none"]]);
    expect(kinds(adLink.replace("needs=none", "needs=device-sync,teleport"))).toEqual([
      ["invalid-value", "needs", "teleport"],
    ]);
    expect(kinds(adLink.replace("needs=none", "needs=device-sync,device-sync"))).toEqual([
      ["duplicate", "needs", "device-sync"],
    ]);
    expect(kinds(adLink.replace("needs=none", "needs="))).toEqual([["invalid-value", "needs", ""]]);
  });

  it("reports each question the answers call for but the link leaves out", () => {
    expect(kinds("v=3&engine=mim-2016-sp2&directory=ad&in-ad=must-not")).toEqual([
      ["missing-answer", "federation", undefined],
      ["missing-answer", "licenses", undefined],
      ["missing-answer", "mail-objects", undefined],
      ["missing-answer", "environment", undefined],
    ]);
  });

  it("does not pile up follow-on problems behind an invalid answer", () => {
    const link = adLink.replace("directory=ad", "directory=adds");
    expect(kinds(link)).toEqual([["invalid-value", "directory", "adds"]]);
    expect(failure(decodeShare(link)).validAnswers).toEqual({
      engine: "mim-2016-sp2",
      federation: "adfs",
      environment: "production",
    });
  });

  it("reports parts that cannot be decoded", () => {
    expect(kinds(`${ldapLink}&%E0%A4%A=1`)).toEqual([["malformed", undefined, "%E0%A4%A=1"]]);
  });

  it("refuses to read a link over 2,000 characters", () => {
    const result = failure(decodeShare(`${ldapLink}&pad=${"x".repeat(2000)}`));
    expect(result.problems.map((p) => p.kind)).toEqual(["too-long"]);
    expect(result.validAnswers).toEqual({});
  });

  it("reads a v1 link by upgrading it to v2 then v3, and takes no later question from a v1 link", () => {
    const v1 = "v=1&engine=mim-2016-sp2&directory=ldap&licenses=p1-p2&environment=production";
    expect(decodeShare(v1)).toEqual({
      ok: true,
      version: 1,
      answers: { ...ldapAnswers, "total-objects": "unsure", federation: "unsure", "mail-objects": "unsure" },
    });
    expect(decodeShare(`${v1}&mail-objects=yes&total-objects=under-100k&federation=managed`)).toEqual(decodeShare(v1));
  });

  it("reads a v2 link by taking federation as unsure, and never reads a federation answer or SP3 from it", () => {
    const v2 =
      "v=2&engine=mim-2016-sp2&directory=ldap&total-objects=under-100k&licenses=p1-p2&mail-objects=no&environment=production";
    expect(decodeShare(v2)).toEqual({ ok: true, version: 2, answers: { ...ldapAnswers, federation: "unsure" } });
    expect(decodeShare(`${v2}&federation=managed`)).toEqual(decodeShare(v2));
    expect(kinds(v2.replace("mim-2016-sp2", "mim-2016-sp3"))).toEqual([["missing-answer", "engine", undefined]]);
  });

  it("names the question in every message", () => {
    const result = failure(
      decodeShare("v=3&engine=nope&directory=ad&in-ad=must-not&licenses=p1-p2&mail-objects=no&forests=one"),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      "“nope” is not one of the answers to “Sync engine”.",
      "“Forests” is not asked with the link's other answers, so “One forest” was ignored.",
      "The link has no answer to “Sign-in to Entra ID”.",
      "The link has no answer to “Environment”.",
    ]);
  });
});
