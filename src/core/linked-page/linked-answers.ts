import { useEffect, useRef } from "react";
import { useLocation, useNavigate } from "react-router";
import type { CompleteAnswers } from "../decision/answers";
import { useStepFocus } from "../../shared/use-step-focus";
import { useAnswers } from "../answers/use-answers";
import { linkedAnswersView } from "./linked-view";

export { linkedAnswersView, type LinkedAnswersView } from "./linked-view";

/**
 * {@link linkedAnswersView} for the current URL, following its redirects (history replace) and,
 * after a client-side step, moving focus to the page's h1 once there is something to read.
 */
export function useLinkedAnswers(canonical: (answers: CompleteAnswers) => string) {
  const location = useLocation();
  const navigate = useNavigate();
  const saved = useAnswers();
  const view = linkedAnswersView(location, saved, canonical);
  const redirect = view.kind === "redirect" ? view.to : undefined;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect, navigate]);

  const heading = useRef<HTMLElement | null>(null);
  useEffect(() => {
    heading.current = document.querySelector<HTMLElement>("#main h1");
  });
  useStepFocus(heading, view.kind !== "loading" && view.kind !== "redirect");
  return { view, saved: saved.answers };
}
