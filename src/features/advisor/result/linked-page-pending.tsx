/**
 * What a recommendation or plan URL shows until the browser has worked the answers out: the
 * prerendered HTML, the view while the page's code loads, and the view during a redirect.
 */
export function LinkedPagePending({
  title,
  subject,
  className,
}: {
  /** The page's h1 until the result is known. */
  title: string;
  /** What is being worked out, in running text: "recommendation", "migration plan". */
  subject: string;
  className: string;
}) {
  return (
    <main id="main" tabIndex={-1} className={className}>
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
    </main>
  );
}
