import { Link } from "react-router";
import { paths } from "../../shared/paths";
import type { PendingReadResult } from "../../core/pending-findings/pending-session";

const pages = {
  import: { path: paths.importConfig(), label: "Open Read your sync server" },
  match: { path: paths.matchCheck(), label: "Open Check matching" },
} as const;

/** Each problem with the files picked, naming the file, and what to do (`data-pending-error`). */
export function ProblemList({ problems }: { problems: PendingReadResult["problems"] }) {
  if (problems.length === 0) return null;
  return (
    <section className="callout callout--warning import-problems" aria-labelledby="pending-problems-title">
      <h2 id="pending-problems-title" className="callout__title">
        {problems.length === 1 ? "One problem with the files" : `${problems.length} problems with the files`}
      </h2>
      <ul>
        {problems.map((problem, index) => {
          const page = "readBy" in problem && problem.readBy ? pages[problem.readBy] : undefined;
          return (
            <li key={`${problem.file}-${index}`} data-pending-error={problem.file}>
              <p>{problem.message}</p>
              <p className="hint">
                {problem.hint}
                {page && (
                  <>
                    {" "}
                    <Link to={page.path}>{page.label}</Link>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
