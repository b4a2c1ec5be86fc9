interface FlowDiagramProps {
  title: string;
  steps: string[];
  links: string[];
  description: string;
}

type Orientation = "across" | "down";

const BOX = { width: 168, height: 64 };
const GAP = { across: 96, down: 72 };

/** Splits a label into lines of about `width` characters for SVG text (SVG does not wrap). */
function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function Lines({ lines, x, y, lineHeight }: { lines: string[]; x: number; y: number; lineHeight: number }) {
  return lines.map((line, index) => (
    <tspan key={`${index}-${line}`} x={x} y={y + index * lineHeight}>
      {line}
    </tspan>
  ));
}

function Diagram({ orientation, id, ...props }: FlowDiagramProps & { orientation: Orientation; id: string }) {
  const { steps, links, title, description } = props;
  const across = orientation === "across";
  const boxAt = (index: number) =>
    across ? { x: 4 + index * (BOX.width + GAP.across), y: 52 } : { x: 4, y: 4 + index * (BOX.height + GAP.down) };
  const last = boxAt(steps.length - 1);
  const width = across ? last.x + BOX.width + 4 : BOX.width + 200;
  const height = across ? 52 + BOX.height + 4 : last.y + BOX.height + 4;
  const svgId = `${id}-${orientation}`;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${svgId}-title ${svgId}-desc`}
      className={`flow-diagram__svg flow-diagram__svg--${orientation}`}
    >
      <title id={`${svgId}-title`}>{title}</title>
      <desc id={`${svgId}-desc`}>{description}</desc>
      <defs>
        <marker
          id={`${svgId}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto"
        >
          <path d="M0 0 10 5 0 10Z" className="flow-diagram__arrowhead" />
        </marker>
      </defs>
      {steps.map((step, index) => {
        const { x, y } = boxAt(index);
        const lines = wrap(step, 18);
        const top = y + BOX.height / 2 + 5 - ((lines.length - 1) * 18) / 2;
        return (
          <g key={step} className="flow-diagram__step">
            <rect x={x} y={y} width={BOX.width} height={BOX.height} rx={8} />
            <text textAnchor="middle">
              <Lines lines={lines} x={x + BOX.width / 2} y={top} lineHeight={18} />
            </text>
          </g>
        );
      })}
      {links.map((link, index) => {
        const from = boxAt(index);
        const to = boxAt(index + 1);
        const line = across
          ? { x1: from.x + BOX.width + 4, y1: from.y + BOX.height / 2, x2: to.x - 4, y2: to.y + BOX.height / 2 }
          : { x1: from.x + BOX.width / 2, y1: from.y + BOX.height + 4, x2: to.x + BOX.width / 2, y2: to.y - 4 };
        const lines = wrap(link, across ? 14 : 24);
        const label = across
          ? { x: (line.x1 + line.x2) / 2, y: from.y - 8 - (lines.length - 1) * 15, anchor: "middle" as const }
          : {
              x: line.x1 + 14,
              y: (line.y1 + line.y2) / 2 + 5 - ((lines.length - 1) * 15) / 2,
              anchor: "start" as const,
            };
        return (
          <g key={link} className="flow-diagram__link">
            <line {...line} markerEnd={`url(#${svgId}-arrow)`} />
            <text textAnchor={label.anchor}>
              <Lines lines={lines} x={label.x} y={label.y} lineHeight={15} />
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A data-flow diagram drawn as inline SVG at build time: no runtime library, themed through
 * CSS, with its full description for screen readers. It is drawn twice, across for wide
 * screens and down for narrow ones, and CSS shows one, so the text never shrinks to illegible.
 */
export function FlowDiagram(props: FlowDiagramProps) {
  const id = `flow-${props.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <figure className="flow-diagram">
      <Diagram {...props} id={id} orientation="across" />
      <Diagram {...props} id={id} orientation="down" />
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}
