import { Link } from "react-router";
import { verdictAdvice } from "../../core/match-check/verdict-advice";
import { blockingVerdicts, verdicts, type Verdict, type VerdictCounts } from "../../core/match-check/types";
import { paths } from "../../shared/paths";

const isBlocking = (verdict: Verdict) => (blockingVerdicts as readonly Verdict[]).includes(verdict);

/** Every verdict with its count (zeros included), one sentence, and the guide section on what to do. */
export function CountsList({ counts }: { counts: VerdictCounts }) {
  return (
    <ul className="match-counts">
      {verdicts.map((verdict) => {
        const advice = verdictAdvice[verdict];
        const count = counts[verdict];
        return (
          <li
            key={verdict}
            className={`match-count${count > 0 && isBlocking(verdict) ? " match-count--blocking" : ""}`}
            data-match-count={verdict}
            data-value={count}
          >
            <p className="match-count__head">
              <span className="match-count__value">{count.toLocaleString("en")}</span>{" "}
              <span className="match-count__label">{advice.label}</span>
              {count > 0 && isBlocking(verdict) && <span className="match-count__tag">blocks the first sync</span>}
            </p>
            <p className="match-count__sentence">
              {advice.sentence} <Link to={paths.guideAnchor(advice.anchor)}>What to do</Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
