import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, policyOf, sourceHash, withContentSecurityPolicy } from "./csp.js";

const page = (head: string, body = "") =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe("the Content-Security-Policy step", () => {
  it("hashes a script as browsers do (the example in the CSP specification)", () => {
    expect(sourceHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it("allows each inline script of the page by hash, once, and no script that has a src", () => {
    const html = page("<script>a()</script>", `<script>b()</script><script>a()</script><script src="/x.js"></script>`);
    const policy = contentSecurityPolicy(html);
    expect(policy).toContain(`script-src 'self' ${sourceHash("a()")} ${sourceHash("b()")};`);
    expect(policy.match(/sha256-/g)).toHaveLength(2);
  });

  it("allows each inline style of the page by hash, in style-src, and nothing inline in script-src for it", () => {
    const html = page("<style>p{color:red}</style><script>a()</script>");
    const policy = contentSecurityPolicy(html);
    expect(policy).toContain(`style-src 'self' ${sourceHash("p{color:red}")};`);
    expect(policy).toContain(`script-src 'self' ${sourceHash("a()")};`);
    expect(contentSecurityPolicy(page("<script>a()</script>"))).toContain("style-src 'self';");
  });

  it("puts the policy right after the charset, before the first script, and replaces it when run again", () => {
    const once = withContentSecurityPolicy(page("<script>a()</script>"));
    expect(once.indexOf("Content-Security-Policy")).toBeLessThan(once.indexOf("<script>"));
    expect(once.indexOf("Content-Security-Policy")).toBeGreaterThan(once.indexOf('charSet="utf-8"'));
    const twice = withContentSecurityPolicy(once);
    expect(twice).toBe(once);
    expect(policyOf(twice)).toBe(contentSecurityPolicy(page("<script>a()</script>")));
  });

  it("refuses a page without a charset declaration to anchor the policy", () => {
    expect(() => withContentSecurityPolicy("<html><head><script>a()</script></head></html>")).toThrow(/charset/);
  });
});
