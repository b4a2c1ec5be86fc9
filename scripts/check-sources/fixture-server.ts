// A stand-in for learn.microsoft.com in the tests: node:http on 127.0.0.1, a free port.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A page whose <head> carries the given meta tags, as `name`/`property` → `content`. */
export function learnPage(meta: Record<string, string>, attribute: "name" | "property" = "name"): string {
  const tags = Object.entries(meta)
    .map(([name, content]) => `<meta ${attribute}="${name}" content="${content}">`)
    .join("\n    ");
  return `<!DOCTYPE html>
<html lang="en-us">
  <head>
    <meta charset="utf-8">
    <title>A Learn page</title>
    ${tags}
  </head>
  <body><main><h1>A Learn page</h1><p>Published 01/01/2020 (a date in the text, not metadata).</p></main></body>
</html>`;
}

type Route = { status: number; body?: string; location?: string; delayMs?: number };

/** The fixture pages, by path. A function route is called with how many times it has been asked. */
export const routes: Record<string, Route | ((hits: number) => Route)> = {
  "/ms-date-only": { status: 200, body: learnPage({ "ms.date": "09/29/2025" }) },
  "/updated-at-only": { status: 200, body: learnPage({ updated_at: "2025-10-02T08:15:00Z" }) },
  "/both": { status: 200, body: learnPage({ "ms.date": "09/29/2025", updated_at: "2025-11-14T10:00:00Z" }) },
  "/modified-time": {
    status: 200,
    body: learnPage({ "article:modified_time": "2025-09-01T12:00:00+00:00" }, "property"),
  },
  "/neither": { status: 200, body: learnPage({ description: "No date here" }) },
  "/old-path": { status: 301, location: "/new-path" },
  "/new-path": { status: 200, body: learnPage({ "ms.date": "09/29/2025" }) },
  "/entra/unlocalised": { status: 301, location: "/en-us/entra/unlocalised" },
  "/en-us/entra/unlocalised": { status: 200, body: learnPage({ "ms.date": "09/29/2025" }) },
  "/missing": { status: 404, body: "Not found" },
  "/retired": { status: 410, body: "Gone" },
  "/flaky": (hits) =>
    hits === 1 ? { status: 500, body: "Oops" } : { status: 200, body: learnPage({ "ms.date": "09/29/2025" }) },
  "/down": { status: 503, body: "Unavailable" },
  "/forbidden": { status: 403, body: "Forbidden" },
  "/slow": { status: 200, body: learnPage({ "ms.date": "09/29/2025" }), delayMs: 2_000 },
  "/loop": { status: 302, location: "/loop" },
};

export interface FixtureServer {
  origin: string;
  /** Requests received per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://fixture");
    const count = (hits.get(pathname) ?? 0) + 1;
    hits.set(pathname, count);
    const entry = routes[pathname];
    const route = typeof entry === "function" ? entry(count) : (entry ?? { status: 404, body: "Not found" });
    const send = () => {
      response.writeHead(route.status, {
        "content-type": "text/html; charset=utf-8",
        ...(route.location ? { location: route.location } : {}),
      });
      response.end(route.body ?? "");
    };
    if (!route.delayMs) return send();
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
    }, route.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearTimeout);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
