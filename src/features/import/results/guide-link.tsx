import { Link } from "react-router";
import type { GuideAnchor } from "../../../shared/guide-anchors";
import { paths } from "../../../shared/paths";

export function GuideLink({ anchor, children }: { anchor: GuideAnchor; children: string }) {
  return <Link to={paths.guideAnchor(anchor)}>{children}</Link>;
}
