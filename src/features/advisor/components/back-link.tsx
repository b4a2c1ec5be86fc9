import { Link } from "react-router";

export function BackLink({ to, state }: { to: string; state?: unknown }) {
  return (
    <Link to={to} state={state} className="back-link">
      Back
    </Link>
  );
}
