import type { MDXComponents } from "mdx/types";
import { Important, Note, Warning } from "./callout";
import { ContentLink } from "./content-link";
import { FlowDiagram } from "./flow-diagram";
import { SectionHeading } from "./section-heading";

/** What MDX renders each Markdown element and guide component with (content/README.md lists them). */
export const mdxComponents: MDXComponents = {
  h2: (props) => <SectionHeading level={2} {...props} />,
  h3: (props) => <SectionHeading level={3} {...props} />,
  a: ContentLink,
  table: (props) => (
    // Wide tables scroll inside their own box instead of widening the page at 360 px.
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
      <table {...props} />
    </div>
  ),
  Note,
  Important,
  Warning,
  FlowDiagram,
};
