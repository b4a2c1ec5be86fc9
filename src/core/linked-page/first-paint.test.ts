import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompleteAnswers } from "../decision/answers";
import { decideOutcome } from "../decision/decide-outcome";
import { decodeShare, encodeAnswers, planPath, recommendationPath } from "../share";
import v1 from "../share/fixtures/v1.json";
import v2 from "../share/fixtures/v2.json";
import v3 from "../share/fixtures/v3.json";
import { escapeHtml, firstPaintFor, pathUnderBase, savedAnswersForPaint } from "./first-paint";

const current = v3.find((fixture) => fixture.canonical)!;
const answers = current.answers as unknown as CompleteAnswers;
const at = (pathname: string, search: string) => ({ pathname, search: search.startsWith("?") ? search : `?${search}` });
const stored = (saved: unknown, version = 3) => JSON.stringify({ state: { answers: saved }, version });
const resultPath = `/recommendation/${current.outcome}`;

describe("what the first-paint script paints", () => {
  it("a current link at its canonical path, with nothing saved here: its answers", () => {
    expect(firstPaintFor(at(resultPath, current.query), null, recommendationPath)).toEqual({ answers, saved: {} });
    expect(firstPaintFor(at(`${resultPath}/`, current.query), null, recommendationPath)).toEqual({
      answers,
      saved: {},
    });
    expect(firstPaintFor(at("/plan", current.query), null, planPath)).toEqual({ answers, saved: {} });
  });

  it("with the visitor's saved answers beside them, as the answers store restores them", () => {
    expect(firstPaintFor(at(resultPath, current.query), stored(answers), recommendationPath)?.saved).toEqual(answers);
    // An answer that does not apply is dropped, as the store drops it.
    const partial = { engine: "mim-2016-sp2", directory: "none", forests: "one" };
    expect(firstPaintFor(at(resultPath, current.query), stored(partial), recommendationPath)?.saved).toEqual({
      engine: "mim-2016-sp2",
      directory: "none",
    });
  });

  it("nothing for a link the app must judge itself", () => {
    const query = current.query;
    const never = [
      at(resultPath, query.replace("forests=one", "forests=seven")), // an invalid value
      at(resultPath, query.slice(0, query.indexOf("&needs"))), // truncated
      at(resultPath, query.replace("v=3", "v=9")), // a future version
      at(resultPath, `${query}&forests=several-connected`), // a duplicate
      at("/recommendation/graph-connector", query), // another outcome's path: the app redirects
      at("/recommendation", query), // no outcome in the path: the app redirects
      at(resultPath, ""), // no query: the saved answers decide, in the app
    ];
    for (const location of never)
      expect(firstPaintFor(location, null, recommendationPath), location.search).toBe(undefined);
  });

  it("nothing for an older link: its upgrade notice must arrive with the result", () => {
    for (const fixture of [...v1, ...v2]) {
      const path = `/recommendation/${fixture.outcome}`;
      expect(firstPaintFor(at(path, fixture.query), null, recommendationPath)).toBe(undefined);
      expect(firstPaintFor(at("/plan", fixture.query), null, planPath)).toBe(undefined);
    }
  });

  it("nothing while the saved answers are in an older format, which only the store upgrades", () => {
    expect(firstPaintFor(at(resultPath, current.query), stored(answers, 2), recommendationPath)).toBe(undefined);
    expect(savedAnswersForPaint(JSON.stringify({ answers }))).toBe(undefined);
    expect(savedAnswersForPaint("42")).toBe(undefined);
  });

  it("unreadable saved data reads as nothing saved, as the store's storage reads it", () => {
    expect(savedAnswersForPaint("{not json")).toEqual({});
  });

  it("whatever a link says, a painted result is exactly the one its answers decide, at its own path", () => {
    const parts = current.query.split("&");
    const values = ["one", "several-connected", "ldap", "none", "p1-p2", "2", "3", "", "already", "must-not", "x"];
    const edit = fc.record({
      index: fc.nat({ max: parts.length - 1 }),
      value: fc.constantFrom(...values),
      drop: fc.boolean(),
      outcome: fc.constantFrom("cloud-sync", "connect-sync", "graph-connector", "no-clean-fit"),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), (edits) => {
        let query = [...parts];
        let outcome: string = current.outcome;
        for (const change of edits) {
          const [name] = query[change.index % query.length]!.split("=");
          query = change.drop
            ? query.filter((_, index) => index !== change.index % query.length)
            : query.map((part, index) => (index === change.index % query.length ? `${name}=${change.value}` : part));
          outcome = change.outcome;
        }
        const search = `?${query.join("&")}`;
        const painted = firstPaintFor(at(`/recommendation/${outcome}`, search), null, recommendationPath);
        if (!painted) return;
        const decoded = decodeShare(search);
        expect(decoded.ok && decoded.version === 3).toBe(true);
        expect(decoded.ok && encodeAnswers(decoded.answers)).toBe(encodeAnswers(painted.answers));
        expect(decideOutcome(painted.answers).outcome).toBe(outcome);
      }),
      { numRuns: 500 },
    );
  });
});

describe("reading the page's address", () => {
  it("takes the base path off, and refuses an address outside it", () => {
    expect(pathUnderBase("/plan", "/")).toBe("/plan");
    expect(pathUnderBase("/entra/plan", "/entra/")).toBe("/plan");
    expect(pathUnderBase("/entra", "/entra/")).toBe("/");
    expect(pathUnderBase("/entrance/plan", "/entra/")).toBe(undefined);
  });

  it("escapes text for HTML", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
