import { Link } from "react-router";
import type { GuideAnchor } from "../../../shared/guide-anchors";
import { paths } from "../../../shared/paths";
import { guideUrl } from "../model/plan-markdown";

/**
 * A link to a guide section, named after it. On paper the link cannot be followed, so the
 * section's absolute URL is printed after it (screen readers and the screen never show it).
 */
export function GuideSectionLink({
  anchor,
  siteUrl,
  sectionTitles,
}: {
  anchor: GuideAnchor;
  siteUrl: string;
  sectionTitles: { readonly [A in GuideAnchor]?: string };
}) {
  return (
    <>
      <Link to={paths.guideAnchor(anchor)} className="plan-guide-link">
        {sectionTitles[anchor] ?? "Guide section"}
      </Link>
      <span className="print-url"> ({guideUrl(anchor, siteUrl)})</span>
    </>
  );
}
