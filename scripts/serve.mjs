// @ts-check
// Serves the production build as a static host would: files under BASE_PATH, precompressed
// .gz files when present, and 404.html with status 404 for anything else.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { basePath, clientDir } from "./base-path.js";

const base = basePath();
const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 4173);
const files = sirv(clientDir, { etag: true, gzip: true, extensions: ["html"], dotfiles: false });
const notFoundPage = readFileSync(path.join(clientDir, "404.html"));

/** @param {import("node:http").ServerResponse} res */
function notFound(res) {
  res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
  res.end(notFoundPage);
}

const server = createServer((req, res) => {
  const url = req.url ?? "/";
  if (base !== "/" && `${url.split("?")[0]}/` === base) {
    res.writeHead(301, { Location: base });
    return res.end();
  }
  if (!url.startsWith(base)) return notFound(res);
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => notFound(res));
});

// A busy port must stop the run, not move it elsewhere: tests would talk to another server.
server.on("error", (error) => {
  console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => console.log(`Serving build/client at http://${host}:${port}${base}`));
