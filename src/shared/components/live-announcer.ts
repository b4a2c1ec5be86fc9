/**
 * Speaks a short message to screen readers through one polite live region. The region is
 * created on first use and reused, because a region inserted together with its text is
 * often not announced.
 */
export function announce(message: string): void {
  let region = document.getElementById("live-announcer");
  if (!region) {
    region = document.createElement("div");
    region.id = "live-announcer";
    region.className = "visually-hidden";
    region.setAttribute("aria-live", "polite");
    region.setAttribute("role", "status");
    document.body.append(region);
  }
  region.textContent = "";
  // A fresh text node after clearing makes repeated identical messages speak again.
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
