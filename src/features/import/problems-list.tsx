import { Link } from "react-router";
import { paths } from "../../shared/paths";
import type { ImportProblem } from "../../core/sync-export/types";

/** Each problem with the files (unusable, or used with a caveat) and what to do (`data-import-error` names the file). */
export function ProblemsList({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="callout callout--warning import-problems" aria-labelledby="import-problems-title">
      <h2 id="import-problems-title" className="callout__title">
        {problems.length === 1 ? "One problem with the files" : `${problems.length} problems with the files`}
      </h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.file}-${index}`} data-import-error={problem.file}>
            <p>{problem.message}</p>
            <p className="hint">
              {problem.hint}
              {problem.readBy === "match" && (
                <>
                  {" "}
                  <Link to={paths.matchCheck()}>Open Check matching</Link>
                </>
              )}
              {problem.readBy === "pending-exports" && (
                <>
                  {" "}
                  <Link to={paths.pendingExports()}>Open Check pending exports</Link>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
