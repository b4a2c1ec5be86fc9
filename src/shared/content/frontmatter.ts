import { parse } from "yaml";

export interface SourceLink {
  title: string;
  url: string;
}

export interface GuideFrontmatter {
  title: string;
  /** One or two sentences; becomes the meta description (aim for 70–160 characters). */
  description: string;
  /** ISO date (YYYY-MM-DD) on which the page was last checked against its sources. */
  lastReviewed: string;
  sources: SourceLink[];
}

/** Parses and validates a guide page's YAML frontmatter; throws a message naming the problem. */
export function parseGuideFrontmatter(yaml: string): GuideFrontmatter {
  const data: unknown = parse(yaml);
  const problems: string[] = [];
  const record = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const text = (key: string) => {
    const value = record[key];
    if (typeof value !== "string" || value.trim() === "") problems.push(`"${key}" must be a non-empty string`);
    return typeof value === "string" ? value.trim() : "";
  };
  const title = text("title");
  const description = text("description");
  const lastReviewed =
    record.lastReviewed instanceof Date ? record.lastReviewed.toISOString().slice(0, 10) : text("lastReviewed");
  if (lastReviewed && !/^\d{4}-\d{2}-\d{2}$/.test(lastReviewed)) problems.push(`"lastReviewed" must be YYYY-MM-DD`);
  const sources = Array.isArray(record.sources) ? record.sources : [];
  if (sources.length === 0) problems.push(`"sources" must list at least one { title, url }`);
  const links = sources.map((entry: unknown, index) => {
    const source = (entry ?? {}) as Record<string, unknown>;
    if (typeof source.title !== "string" || typeof source.url !== "string" || !/^https:\/\//.test(source.url)) {
      problems.push(`sources[${index}] needs a title and an https url`);
    }
    return { title: String(source.title ?? ""), url: String(source.url ?? "") };
  });
  if (problems.length > 0) throw new Error(`Invalid frontmatter: ${problems.join("; ")}`);
  return { title, description, lastReviewed, sources: links };
}

/** The YAML block at the top of an MDX file, for build scripts that do not compile MDX. */
export function readFrontmatterBlock(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error("Missing frontmatter block");
  return match[1]!;
}
