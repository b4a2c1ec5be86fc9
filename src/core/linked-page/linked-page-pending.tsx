/**
 * What a recommendation or plan URL shows until the browser has worked the answers out: the
 * prerendered HTML, the view until the saved answers are read, and the view during a redirect.
 * With a query in the URL, the page reserves its height meanwhile (advisor.css), so the footer
 * does not jump down when the result arrives (Lighthouse measured CLS 0.25 without it).
 */
export function LinkedPagePending({
  title,
  subject,
}: {
  /** The page's h1 until the result is known. */
  title: string;
  /** What is being worked out, in running text: "recommendation", "migration plan". */
  subject: string;
}) {
  return (
    // Its content is the app's to work out: the build sees this class and lets the page load its
    // code at once instead of after the first paint (scripts/build/defer-hydration.js).
    <div className="linked-pending">
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
