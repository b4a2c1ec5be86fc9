import { useState } from "react";
import { FIRST_PAINT_ATTRIBUTE } from "./first-paint-names";

/** The placeholder as the document's first-paint script left it, read once per page load. */
interface FirstPaint {
  readonly className: string;
  readonly html: string;
}

let firstPaintRead = false;

/**
 * The placeholder's class and content as they are in the document, on the first render in the
 * browser only (hydration): the first-paint script may have put the result in it. React keeps
 * what `dangerouslySetInnerHTML` holds as it is, so hydrating it changes nothing on screen.
 */
function readFirstPaint(page: string): FirstPaint | undefined {
  if (firstPaintRead || typeof document === "undefined") return undefined;
  firstPaintRead = true;
  const element = document.querySelector(`[${FIRST_PAINT_ATTRIBUTE}="${page}"]`);
  return element ? { className: element.className, html: element.innerHTML } : undefined;
}

/**
 * What a recommendation or plan URL shows until the app has worked the answers out: the
 * prerendered HTML, the view until the saved answers are read, and the view during a redirect.
 * With a query in the URL, the page reserves its height meanwhile (advisor.css), so the footer
 * does not jump down when the result arrives (Lighthouse measured CLS 0.25 without it).
 * In the prerendered page, the first-paint script (first-paint.ts) may already have replaced it
 * with the result's top; the app keeps that on screen until it renders the same result itself.
 */
export function LinkedPagePending({
  title,
  subject,
  page,
}: {
  /** The page's h1 until the result is known. */
  title: string;
  /** What is being worked out, in running text: "recommendation", "migration plan". */
  subject: string;
  /** Which first-paint script fills it (`data-first-paint`). */
  page: "recommendation" | "plan";
}) {
  const [firstPaint] = useState(() => readFirstPaint(page));
  // Input recorded before the app ran waits until the app's own result has replaced the painted
  // one, so a click on a painted button reaches the app's button (scripts/build/boot-loader.js).
  if (firstPaint) {
    return (
      <div
        className={firstPaint.className}
        {...{ [FIRST_PAINT_ATTRIBUTE]: page }}
        dangerouslySetInnerHTML={{ __html: firstPaint.html }}
      />
    );
  }
  return (
    <div className="linked-pending" {...{ [FIRST_PAINT_ATTRIBUTE]: page }}>
      <h1>{title}</h1>
      <p className="hint" aria-live="polite">
        Working out the {subject} from the answers in this link…
      </p>
      <noscript>
        <p>
          The {subject} is worked out in your browser and needs JavaScript. The{" "}
          <a href={`${import.meta.env.BASE_URL}guide/overview`}>migration guide</a> works without it.
        </p>
      </noscript>
    </div>
  );
}

/**
 * The space below a page's summary while the rest of its code loads: it keeps the footer below
 * the fold, so nothing in view moves when the details arrive. A screen reader reading on from
 * the summary hears that more is coming instead of reaching the footer.
 */
export function LinkedDetailsPending() {
  return (
    <div className="linked-details-pending">
      <p className="visually-hidden">Loading the rest of this page…</p>
    </div>
  );
}
