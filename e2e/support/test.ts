import { test as base, expect, type Page } from "@playwright/test";

export { expect };

/** A site path ("/guide/x") as a URL relative to the base URL, so tests pass under any base path. */
export function url(path: string): string {
  return path.replace(/^\//, "") || "./";
}

interface Problems {
  messages: string[];
}

/**
 * Every test fails on a console error or warning, an uncaught page error, a request to any
 * origin but the site's own, or a Content-Security-Policy violation. A test can opt out of two
 * console errors only: the 404 status of a document it opened on purpose, which Chromium logs,
 * and errors it provokes on purpose (`expectedConsoleErrors`).
 */
export const test = base.extend<{
  problems: Problems;
  expectedDocumentStatus404: boolean;
  expectedConsoleErrors: RegExp | undefined;
}>({
  expectedDocumentStatus404: [false, { option: true }],
  /** Console errors a test provokes on purpose (a refused file, say); anything else still fails. */
  expectedConsoleErrors: [undefined, { option: true }],
  problems: [
    async ({ page, baseURL, expectedDocumentStatus404, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL!).origin;
      const messages: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error" && message.type() !== "warning") return;
        const text = message.text();
        if (expectedDocumentStatus404 && /status of 404/.test(text) && isDocumentUrl(page, message.location().url))
          return;
        if (message.type() === "error" && expectedConsoleErrors?.test(text)) return;
        messages.push(`console ${message.type()}: ${text}`);
      });
      page.on("pageerror", (error) => messages.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const requestOrigin = new URL(request.url()).origin;
        if (requestOrigin !== origin && !request.url().startsWith("data:")) {
          messages.push(`request to another origin: ${request.url()}`);
        }
      });
      // The policy blocks silently from a script's point of view: the page reports each
      // violation event to the test, in every document the page loads.
      await page.exposeBinding("__reportCspViolation", (_source, violation: string) => {
        messages.push(`Content-Security-Policy violation: ${violation}`);
      });
      await page.addInitScript(() => {
        document.addEventListener(
          "securitypolicyviolation",
          (event) => {
            const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
            report(
              `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
            );
          },
          true,
        );
      });
      await use({ messages });
      expect(messages, "console errors, page errors, third-party requests or CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

function isDocumentUrl(page: Page, messageUrl: string): boolean {
  return messageUrl === "" || messageUrl === page.url();
}
