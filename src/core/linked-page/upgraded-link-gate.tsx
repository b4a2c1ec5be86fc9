import { Suspense, type ReactNode } from "react";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import type { CompleteAnswers } from "../decision/answers";

// The notice above a result opened from an older link needs the older versions' frozen rules and every
// caveat's title: too much for every result page's first load, for the few visitors who follow
// an old link. It loads when such a link is opened, and the page waits for it (showing its
// pending view), so the notice and the headline paint together and nothing below moves.
const notice = lazyWithPreload(() => import("./upgraded-link-notice").then((module) => module.UpgradedLinkNotice));

/** A linked page's content, with the upgrade notice above it when the link was made under an older version. */
export function UpgradedLinkGate({
  upgradedFrom,
  answers,
  currentLink,
  pending,
  children,
}: {
  upgradedFrom: number | undefined;
  answers: CompleteAnswers;
  /** The same answers' link under the current version. */
  currentLink: string;
  /** What the page shows while its code loads. */
  pending: ReactNode;
  children: ReactNode;
}) {
  if (upgradedFrom === undefined) return <>{children}</>;
  return (
    <Suspense fallback={pending}>
      <notice.Component answers={answers} fromVersion={upgradedFrom === 1 ? 1 : 2} currentLink={currentLink} />
      {children}
    </Suspense>
  );
}
