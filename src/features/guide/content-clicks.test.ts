// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleContentClick, inAppPath } from "./content-clicks";

function link(href: string, attributes: Record<string, string> = {}): HTMLAnchorElement {
  const anchor = document.createElement("a");
  anchor.href = href;
  for (const [name, value] of Object.entries(attributes)) anchor.setAttribute(name, value);
  document.body.append(anchor);
  return anchor;
}

afterEach(() => {
  document.body.replaceChildren();
  window.history.replaceState(null, "", "/");
});

describe("inAppPath", () => {
  it("gives a link to another page of the site as a path without the base path", () => {
    window.history.replaceState(null, "", "/sub/guide/overview");
    expect(inAppPath(link("/sub/guide/cloud-sync#when-it-fits"), "/sub/")).toBe("/guide/cloud-sync#when-it-fits");
    expect(inAppPath(link("/guide/cloud-sync"), "/")).toBe("/guide/cloud-sync");
  });

  it("leaves in-page anchors, other origins, other base paths, new tabs and downloads to the browser", () => {
    window.history.replaceState(null, "", "/sub/guide/overview");
    expect(inAppPath(link("#timeline"), "/sub/")).toBeUndefined();
    expect(inAppPath(link("https://learn.microsoft.com/entra/"), "/sub/")).toBeUndefined();
    expect(inAppPath(link("/elsewhere/page"), "/sub/")).toBeUndefined();
    expect(inAppPath(link("/sub/plan", { target: "_blank" }), "/sub/")).toBeUndefined();
    expect(inAppPath(link("/sub/plan.csv", { download: "" }), "/sub/")).toBeUndefined();
  });
});

describe("handleContentClick", () => {
  const click = (target: Element, init: MouseEventInit = {}) => {
    const event = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init });
    Object.defineProperty(event, "target", { value: target });
    return event;
  };

  it("navigates in the app on a plain click of a site link, and stops the browser's own", () => {
    const navigate = vi.fn();
    const event = click(link("/guide/compare"));
    handleContentClick(event, { basename: "/", navigate });
    expect(navigate).toHaveBeenCalledWith("/guide/compare");
    expect(event.defaultPrevented).toBe(true);
  });

  it("lets a modified click open the link as the reader asked", () => {
    const navigate = vi.fn();
    const event = click(link("/guide/compare"), { ctrlKey: true });
    handleContentClick(event, { basename: "/", navigate });
    expect(navigate).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });
});
