/**
 * After the router has moved to a search result, puts keyboard focus on the section's heading
 * (or the page's main content), so that Tab and a screen reader continue from there. The
 * router scrolls to the anchor itself; focusing does not scroll again.
 */
export function focusSection(url: string, attempts = 30): void {
  const id = url.split("#")[1];
  const target = id ? document.getElementById(id) : document.getElementById("main");
  const arrived = id ? window.location.hash === `#${id}` : !window.location.hash;
  if (!target || !arrived) {
    // The new page may still be rendering: try again on the next frames.
    if (attempts > 0) window.requestAnimationFrame(() => focusSection(url, attempts - 1));
    return;
  }
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
}
