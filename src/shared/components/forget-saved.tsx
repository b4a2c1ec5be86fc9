import type { ReactNode } from "react";

/**
 * The section every reader page ends its saved result with: what is kept in this browser and
 * why (`children`), and the button that forgets it. `data-saved` names the reader for the tests.
 */
export function ForgetSaved({
  id,
  title,
  button,
  onForget,
  children,
  ...data
}: {
  id: string;
  title: string;
  button: string;
  onForget: () => void;
  children: ReactNode;
} & { [attribute: `data-${string}`]: boolean | undefined }) {
  return (
    <section aria-labelledby={id} className="import-forget" {...data}>
      <h2 id={id}>{title}</h2>
      <p>{children}</p>
      <button type="button" className="button button--secondary" onClick={onForget}>
        {button}
      </button>
    </section>
  );
}
