import type { AttributeSample } from "../../core/pending-exports/types";
import type { ShownSummary } from "../../core/pending-findings/pending-session";

function Values({ values, empty }: { values: readonly string[]; empty: string }) {
  if (values.length === 0) return <span className="match-sub">{empty}</span>;
  return (
    <ul className="pending-values">
      {values.map((value, index) => (
        <li key={index} className="match-id">
          {value}
        </li>
      ))}
    </ul>
  );
}

function Sample({ sample }: { sample: AttributeSample }) {
  return (
    <tr>
      <td className="match-id">{sample.dn}</td>
      <td>
        <Values values={sample.before} empty="(none)" />
      </td>
      <td>
        <Values values={sample.after} empty="(none)" />
        {(sample.added.length > 0 || sample.removed.length > 0) && sample.before.length > 1 && (
          <span className="match-sub">
            {sample.added.length} added, {sample.removed.length} removed
          </span>
        )}
        {sample.truncated && <span className="match-sub">More values than shown.</span>}
      </td>
    </tr>
  );
}

/** The attributes pending updates change, most often first, each with before and after for a few objects. */
export function AttributesSection({ summary }: { summary: ShownSummary }) {
  const updates = summary.counts
    .filter((count) => count.operation === "update")
    .reduce((sum, count) => sum + count.count, 0);
  return (
    <section aria-labelledby="pending-attributes-title">
      <h2 id="pending-attributes-title">Attributes the updates change</h2>
      {summary.attributes.length === 0 ? (
        <p>No pending update changes an attribute.</p>
      ) : (
        <>
          <p>
            Of {updates.toLocaleString("en")} pending updates, most often first; open one for the values before (as the
            directory last confirmed them) and after, for the first {summary.limits.samplesPerAttribute} objects.
          </p>
          <ul className="pending-attributes">
            {summary.attributes.map((attribute) => (
              <li key={attribute.name} data-pending-attribute={attribute.name} data-value={attribute.objects}>
                <details>
                  <summary>
                    <code>{attribute.name}</code>: {attribute.objects.toLocaleString("en")}{" "}
                    {attribute.objects === 1 ? "update" : "updates"}
                    {attribute.reference ? " (a reference)" : ""}
                  </summary>
                  <div className="table-scroll" tabIndex={0} role="region" aria-label={`${attribute.name}: samples`}>
                    <table className="pending-samples">
                      <thead>
                        <tr>
                          <th scope="col">Object</th>
                          <th scope="col">Before</th>
                          <th scope="col">After</th>
                        </tr>
                      </thead>
                      <tbody>
                        {attribute.samples.map((sample, index) => (
                          <Sample key={index} sample={sample} />
                        ))}
                      </tbody>
                    </table>
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
