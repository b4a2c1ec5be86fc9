import type { Page } from "@playwright/test";
import { backdrop, contrast, parseColour } from "./colour";

/** The focused element as a keyboard user sees it, read from computed styles. */
export interface FocusStop {
  /** A readable description: tag, accessible-ish text, name and value. */
  label: string;
  tag: string;
  text: string;
  name: string | null;
  value: string | null;
  href: string | null;
  outline: { style: string; width: number; colour: string };
  boxShadow: string;
  /** Background colours from the layer under the ring outwards. */
  layers: string[];
  /** Whether the element's centre is on screen and not covered (WCAG 2.4.11 Focus Not Obscured). */
  uncovered: boolean;
}

/** Reads the focused element; undefined when focus is on the document itself. */
export async function focusStop(page: Page): Promise<FocusStop | undefined> {
  // Styles are read once the frame that shows the new focus has run: with reduced motion the
  // site makes every change a 0.01 ms transition, which reads as the old value until then.
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return undefined;
    const style = getComputedStyle(element);
    const inset = parseFloat(style.outlineOffset) < 0 || style.boxShadow.includes("inset");
    const layers: string[] = [];
    for (let node: Element | null = inset ? element : element.parentElement; node; node = node.parentElement) {
      layers.push(getComputedStyle(node).backgroundColor);
    }
    // Part of the element must be on screen and on top: probe the visible part of its box.
    const rect = element.getBoundingClientRect();
    const [left, right] = [Math.max(rect.left, 0), Math.min(rect.right, innerWidth)];
    const [top, bottom] = [Math.max(rect.top, 0), Math.min(rect.bottom, innerHeight)];
    const probes =
      right > left && bottom > top ? [0.5, 0.25, 0.75].map((f) => [(left + right) / 2, top + (bottom - top) * f]) : [];
    const uncovered = probes.some(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && (hit === element || element.contains(hit) || hit.contains(element));
    });
    const text = (element.getAttribute("aria-label") ?? element.textContent ?? "").replace(/\s+/g, " ").trim();
    const input = element as HTMLInputElement;
    return {
      label: `<${element.tagName.toLowerCase()}${input.name ? ` name=${input.name}` : ""}${input.value ? ` value=${input.value}` : ""}> ${text.slice(0, 50)}`,
      tag: element.tagName.toLowerCase(),
      text,
      name: element.getAttribute("name"),
      value: element.getAttribute("value"),
      href: element.getAttribute("href"),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor },
      boxShadow: style.boxShadow,
      layers,
      uncovered,
    };
  });
}

/** Why the focus indicator of a stop is not good enough; empty when it is. */
export function focusProblems(stop: FocusStop): string[] {
  const problems: string[] = [];
  let ring: string | undefined;
  if (stop.outline.style !== "none" && stop.outline.width >= 2) ring = stop.outline.colour;
  else if (stop.boxShadow !== "none") ring = /rgba?\([^)]*\)|color\([^)]*\)/.exec(stop.boxShadow)?.[0];
  if (!ring)
    problems.push(
      `no focus ring (outline ${stop.outline.style} ${stop.outline.width}px, box-shadow ${stop.boxShadow})`,
    );
  else {
    const ratio = contrast(parseColour(ring), backdrop(stop.layers));
    if (ratio < 3) problems.push(`focus ring ${ring} has contrast ${ratio.toFixed(2)}:1 against its background`);
  }
  if (!stop.uncovered) problems.push("off screen or covered by another element");
  return problems;
}

/**
 * Presses Tab until `wanted` matches the focused element, checking the focus indicator at every
 * stop on the way; fails with the stops visited when it never matches.
 */
export async function tabTo(
  page: Page,
  wanted: (stop: FocusStop) => boolean,
  { limit = 80 }: { limit?: number } = {},
): Promise<FocusStop> {
  const visited: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const stop = await focusStop(page);
    if (!stop) continue;
    const problems = focusProblems(stop);
    if (problems.length > 0) throw new Error(`focus on ${stop.label}: ${problems.join("; ")}`);
    visited.push(stop.label);
    if (wanted(stop)) return stop;
  }
  throw new Error(`no wanted element after ${limit} presses of Tab; focus went to:\n  ${visited.join("\n  ")}`);
}

/** Presses a key that moves focus (arrow keys in a radio group) and checks the new focus. */
export async function pressAndCheck(page: Page, key: string): Promise<FocusStop> {
  await page.keyboard.press(key);
  const stop = await focusStop(page);
  if (!stop) throw new Error(`${key} left nothing focused`);
  const problems = focusProblems(stop);
  if (problems.length > 0) throw new Error(`focus on ${stop.label}: ${problems.join("; ")}`);
  return stop;
}
