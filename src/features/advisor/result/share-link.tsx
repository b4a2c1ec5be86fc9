import { useId, useState } from "react";
import { useHref } from "react-router";
import { copyText } from "../../../shared/components/copy-text";
import { announce } from "../../../shared/components/live-announcer";

/**
 * The result's permanent address, as text anyone can select, with Copy (Clipboard API) and,
 * where the browser has one, the native Share sheet. Rendered only in the browser, after
 * the answers are known, so `window` is safe here.
 */
export function ShareLink({ path, heading = "Share this result" }: { path: string; heading?: string }) {
  const href = useHref(path);
  const url = new URL(href, window.location.origin).href;
  const id = useId();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const canShare = typeof navigator.share === "function";

  async function copy() {
    const ok = await copyText(url);
    setStatus(ok ? "copied" : "failed");
    announce(ok ? "Link copied" : "Could not copy automatically: the link is selected, press Control+C or Command+C");
    if (!ok) {
      const field = document.getElementById(`${id}-url`) as HTMLInputElement | null;
      field?.focus();
      field?.select();
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="share-link">
      <h2 id={`${id}-title`}>{heading}</h2>
      <p>
        This link reproduces this exact result in any browser, now and later. Nothing is stored on a server: the answers
        are in the link.
      </p>
      <label htmlFor={`${id}-url`} className="share-link__label">
        Link to this result
      </label>
      <div className="share-link__row">
        <input
          id={`${id}-url`}
          className="share-link__url"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          data-share-url
        />
        <button type="button" className="button button--secondary" onClick={copy}>
          {status === "copied" ? "Copied" : "Copy link"}
        </button>
        {canShare && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => navigator.share({ title: document.title, url }).catch(() => undefined)}
          >
            Share…
          </button>
        )}
      </div>
      <p className="share-link__status" aria-hidden="true">
        {status === "copied" && "Link copied to the clipboard."}
        {status === "failed" && "Your browser did not allow copying: the link is selected, copy it from the field."}
      </p>
    </section>
  );
}
