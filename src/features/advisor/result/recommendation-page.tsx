import { useEffect, useRef } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { paths } from "../../../shared/paths";
import { decodeShare, encodeAnswers, type DecodeResult } from "../../share";
import type { CompleteAnswers } from "../model/answers";
import { evaluate } from "../model/evaluate";
import { isComplete } from "../model/flow";
import { AdoptAnswersButton } from "../components/adopt-answers-button";
import { StartAgainButton } from "../components/start-again-button";
import { useMounted } from "../components/use-mounted";
import { useStepFocus } from "../components/use-step-focus";
import { useAnswers } from "../state/use-answers";
import { InvalidLink } from "./invalid-link";
import { ResultView } from "./result-view";

type View =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "redirect"; to: string }
  | { kind: "invalid"; decoded: Extract<DecodeResult, { ok: false }> }
  | { kind: "result"; answers: CompleteAnswers };

const canonical = (answers: CompleteAnswers) => paths.recommendation(evaluate(answers).outcome, encodeAnswers(answers));

/**
 * Decides what the recommendation URL shows. The answers in the query decide; the outcome in
 * the path is only for link previews and is corrected (history replace) when it disagrees.
 * Without a query, the visitor's own complete answers are shown at their canonical URL.
 */
function viewFor(search: string | undefined, pathOutcome: string | undefined, saved: unknown, ready: boolean): View {
  if (search === undefined) return { kind: "loading" };
  if (search.replace(/^\?/, "") === "") {
    if (!ready) return { kind: "loading" };
    return isComplete(saved as CompleteAnswers)
      ? { kind: "redirect", to: canonical(saved as CompleteAnswers) }
      : { kind: "empty" };
  }
  const decoded = decodeShare(search);
  if (!decoded.ok) return { kind: "invalid", decoded };
  if (evaluate(decoded.answers).outcome !== pathOutcome) return { kind: "redirect", to: canonical(decoded.answers) };
  return { kind: "result", answers: decoded.answers };
}

export function RecommendationPage({ pathOutcome }: { pathOutcome?: string }) {
  const mounted = useMounted();
  const location = useLocation();
  const navigate = useNavigate();
  const { answers: saved, ready } = useAnswers();
  const view = viewFor(mounted ? location.search : undefined, pathOutcome, saved, ready);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    if (view.kind === "redirect") navigate(view.to, { replace: true });
  }, [view, navigate]);

  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    heading.current = main.current?.querySelector("h1") ?? null;
  });
  useStepFocus(heading, view.kind === "result" || view.kind === "invalid");

  // The result renders only in the browser: until then the page reserves its height (see
  // advisor.css), so the footer does not jump down when it arrives (Lighthouse measured CLS 0.25).
  const pending = view.kind === "loading" || view.kind === "redirect";
  const own =
    view.kind === "result" && ready && encodeAnswers(view.answers) === (isComplete(saved) ? encodeAnswers(saved) : "");

  return (
    <main id="main" tabIndex={-1} ref={main} className={`page page--narrow result${pending ? " result--pending" : ""}`}>
      {view.kind === "result" && (
        <>
          {!own && ready && (
            <div className="callout callout--note shared-banner" role="note">
              <p className="callout__title">A shared result</p>
              <p>
                You are viewing answers from a link.{" "}
                {Object.keys(saved).length > 0 ? "Your own saved answers are unchanged." : ""} To adjust these answers,
                take them into the advisor.
              </p>
              <AdoptAnswersButton answers={view.answers} label="Edit these answers" />
            </div>
          )}
          <ResultView answers={view.answers} />
          {own && (
            <div className="button-row">
              <Link to={paths.advisorCheck()} className="button button--secondary">
                Change your answers
              </Link>
              <StartAgainButton />
            </div>
          )}
        </>
      )}
      {view.kind === "invalid" && <InvalidLink decoded={view.decoded} />}
      {view.kind === "empty" && (
        <>
          <h1>No answers to show yet</h1>
          <p>
            A recommendation comes from your answers, and this link carries none. Answer the advisor&rsquo;s questions,
            or open the full link you were sent.
          </p>
          <Link to={paths.advisorStart()} className="button button--primary">
            Start the advisor
          </Link>
        </>
      )}
      {(view.kind === "loading" || view.kind === "redirect") && (
        <>
          <h1>Your recommendation</h1>
          <p className="hint" aria-live="polite">
            Working out the recommendation from the answers in this link…
          </p>
          <noscript>
            <p>
              The recommendation is worked out in your browser and needs JavaScript. The{" "}
              <a href={`${import.meta.env.BASE_URL}guide/overview`}>migration guide</a> works without it.
            </p>
          </noscript>
        </>
      )}
    </main>
  );
}
