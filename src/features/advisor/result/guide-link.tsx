import { Link } from "react-router";
import { paths } from "../../../shared/paths";

/** A result's pointer to the guide section that holds the facts behind a sentence. */
export function GuideLink({
  anchor,
  children = "Read more in the guide",
}: {
  anchor: Parameters<typeof paths.guideAnchor>[0];
  children?: string;
}) {
  return (
    <Link to={paths.guideAnchor(anchor)} className="result__more">
      {children}
    </Link>
  );
}
