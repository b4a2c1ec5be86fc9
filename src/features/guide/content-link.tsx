import type { AnchorHTMLAttributes } from "react";
import { Link } from "react-router";

/**
 * Links written in MDX: root-relative ones go through the router (which adds the base path),
 * in-page anchors stay plain, and external ones are marked so print can show their URL.
 */
export function ContentLink({ href = "", children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (href.startsWith("/")) {
    return (
      <Link to={href} {...rest}>
        {children}
      </Link>
    );
  }
  const external = /^https?:\/\//.test(href);
  return (
    <a href={href} className={external ? "external-link" : undefined} {...rest}>
      {children}
    </a>
  );
}
