import type { ReactNode } from "react";

type Kind = "note" | "important" | "warning";
const defaultTitles: Record<Kind, string> = { note: "Note", important: "Important", warning: "Warning" };

interface CalloutProps {
  title?: string;
  children?: ReactNode;
}

function Callout({ kind, title, children }: CalloutProps & { kind: Kind }) {
  return (
    <div role="note" className={`callout callout--${kind}`}>
      <p className="callout__title">{title ?? defaultTitles[kind]}</p>
      <div className="callout__body">{children}</div>
    </div>
  );
}

export const Note = (props: CalloutProps) => <Callout kind="note" {...props} />;
export const Important = (props: CalloutProps) => <Callout kind="important" {...props} />;
export const Warning = (props: CalloutProps) => <Callout kind="warning" {...props} />;
