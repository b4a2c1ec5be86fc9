import { describe, expect, it } from "vitest";
import type { Answers, CompleteAnswers } from "./answers";
import {
  applicableQuestions,
  completeAfterPruning,
  isApplicable,
  isComplete,
  isValidAnswer,
  nextQuestion,
  offeredOptions,
  previousQuestion,
  pruneAnswers,
  withAnswer,
} from "./flow";
import { getQuestion } from "./questions";

const adAlready: CompleteAnswers = {
  engine: "mim-2016-sp2",
  directory: "ad",
  "in-ad": "already",
  forests: "several-connected",
  "largest-domain": "under-100k",
  "total-objects": "under-100k",
  needs: ["same-person-several-forests", "device-sync"],
  "only-sync": "no",
  "existing-connect": "no",
  federation: "managed",
  environment: "production",
};

const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe("asking questions", () => {
  it("starts with the sync engine and asks nothing else until it is answered", () => {
    expect(nextQuestion({})?.id).toBe("engine");
    expect(previousQuestion({}, "engine")).toBeUndefined();
  });

  it("asks the AD questions only for users who are or may be in AD", () => {
    const base: Answers = { engine: "mim-2016-sp2", directory: "ad" };
    expect(nextQuestion(base)?.id).toBe("in-ad");
    expect(ids(applicableQuestions({ ...base, "in-ad": "already" }))).toEqual([
      "engine",
      "directory",
      "in-ad",
      "forests",
      "largest-domain",
      "total-objects",
      "needs",
      "only-sync",
      "existing-connect",
      "federation",
      "environment",
    ]);
    expect(ids(applicableQuestions({ ...base, "in-ad": "can-add" }))).toEqual([
      "engine",
      "directory",
      "in-ad",
      "forests",
      "largest-domain",
      "total-objects",
      "needs",
      "existing-connect",
      "federation",
      "licenses",
      "mail-objects",
      "environment",
    ]);
    expect(ids(applicableQuestions({ ...base, "in-ad": "must-not" }))).toEqual([
      "engine",
      "directory",
      "in-ad",
      "federation",
      "licenses",
      "mail-objects",
      "environment",
    ]);
  });

  it("asks an LDAP directory for its object total, then how users sign in, then licenses; no directory goes straight to sign-in", () => {
    expect(nextQuestion({ engine: "fim-2010-r2", directory: "ldap" })?.id).toBe("total-objects");
    expect(nextQuestion({ engine: "fim-2010-r2", directory: "ldap", "total-objects": "unsure" })?.id).toBe(
      "federation",
    );
    expect(
      nextQuestion({ engine: "fim-2010-r2", directory: "ldap", "total-objects": "unsure", federation: "adfs" })?.id,
    ).toBe("licenses");
    expect(nextQuestion({ engine: "fim-2010-r2", directory: "none" })?.id).toBe("federation");
    for (const directory of ["ldap", "none"] as const) expect(isApplicable("in-ad", { directory })).toBe(false);
  });

  it("asks about contacts and mail-enabled groups right after licenses, whenever the Graph connector is in the running", () => {
    const mustNot: Answers = {
      engine: "mim-2016-sp2",
      directory: "ad",
      "in-ad": "must-not",
      federation: "unsure",
      licenses: "p1-p2",
    };
    expect(nextQuestion(mustNot)?.id).toBe("mail-objects");
    expect(isApplicable("mail-objects", { ...adAlready })).toBe(false);
  });

  it("offers the cross-forest needs only once several forests are chosen", () => {
    const needs = getQuestion("needs");
    const values = (answers: Answers) => offeredOptions(needs, answers).map((o) => o.value);
    expect(values({ ...adAlready, forests: "one" })).not.toContain("same-person-several-forests");
    expect(values({ ...adAlready, forests: "one" })).not.toContain("cross-forest-references");
    expect(values(adAlready)).toContain("same-person-several-forests");
    expect(values(adAlready)).toContain("cross-forest-references");
  });

  it("accepts none only on its own, and each need only once", () => {
    expect(isValidAnswer("needs", ["none"], adAlready)).toBe(true);
    expect(isValidAnswer("needs", ["none", "device-sync"], adAlready)).toBe(false);
    expect(isValidAnswer("needs", ["device-sync", "device-sync"], adAlready)).toBe(false);
    expect(isValidAnswer("needs", [], adAlready)).toBe(false);
    expect(isValidAnswer("needs", "device-sync", adAlready)).toBe(false);
    expect(isValidAnswer("engine", "mim-2016", adAlready)).toBe(false);
  });

  it("steps Back to the previous question that applies, skipping those that do not", () => {
    const ldap: Answers = {
      engine: "mim-2016-sp2",
      directory: "ldap",
      "total-objects": "unsure",
      federation: "managed",
      licenses: "none",
    };
    expect(previousQuestion(ldap, "total-objects")?.id).toBe("directory");
    expect(previousQuestion(ldap, "federation")?.id).toBe("total-objects");
    expect(previousQuestion(ldap, "licenses")?.id).toBe("federation");
    expect(previousQuestion(ldap, "environment")?.id).toBe("mail-objects");
    expect(previousQuestion(adAlready, "federation")?.id).toBe("existing-connect");
    expect(previousQuestion(adAlready, "environment")?.id).toBe("federation");
  });
});

describe("changing an answer", () => {
  it("drops the AD answers when the directory changes to LDAP, keeps the object total, then asks about licenses", () => {
    const changed = withAnswer(adAlready, "directory", "ldap");
    expect(changed).toEqual({
      engine: "mim-2016-sp2",
      directory: "ldap",
      "total-objects": "under-100k",
      federation: "managed",
      environment: "production",
    });
    expect(nextQuestion(changed)?.id).toBe("licenses");
  });

  it("drops the cross-forest needs when the forests change to one, keeping the rest", () => {
    expect(withAnswer(adAlready, "forests", "one").needs).toEqual(["device-sync"]);
  });

  it("asks needs again when changing to one forest leaves no need chosen", () => {
    const changed = withAnswer({ ...adAlready, needs: ["same-person-several-forests"] }, "forests", "one");
    expect(changed.needs).toBeUndefined();
    expect(nextQuestion(changed)?.id).toBe("needs");
  });

  it("asks only-sync again when users move from can-add to already", () => {
    const canAdd: CompleteAnswers = {
      ...adAlready,
      "in-ad": "can-add",
      "only-sync": undefined,
      licenses: "p1-p2",
      "mail-objects": "no",
    };
    expect(isComplete(canAdd)).toBe(true);
    const changed = withAnswer(canAdd, "in-ad", "already");
    expect(changed.licenses).toBeUndefined();
    expect(changed["mail-objects"]).toBeUndefined();
    expect(nextQuestion(changed)?.id).toBe("only-sync");
    expect(completeAfterPruning({ ...canAdd, "in-ad": "already" })).toBeUndefined();
  });

  it("drops values that are not answers at all, and needs that mix none with others", () => {
    const stale = { ...adAlready, engine: "fim-2010", needs: ["none", "device-sync"] } as unknown as Answers;
    const pruned = pruneAnswers(stale);
    expect(pruned.engine).toBeUndefined();
    expect(pruned.needs).toBeUndefined();
    expect(nextQuestion(stale)?.id).toBe("engine");
  });
});

describe("complete answers", () => {
  it("count as complete only with every applicable question answered and nothing else", () => {
    expect(isComplete(adAlready)).toBe(true);
    expect(isComplete({ ...adAlready, environment: undefined })).toBe(false);
    expect(isComplete({ ...adAlready, licenses: "p1-p2" })).toBe(false);
    expect(nextQuestion({ ...adAlready, licenses: "p1-p2" })).toBeUndefined();
  });
});
