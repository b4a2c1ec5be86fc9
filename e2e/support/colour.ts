/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * A computed CSS colour as Chromium serialises it: `rgb(r, g, b)`, `rgba(r, g, b, a)` or
 * `color(srgb r g b / a)` (channels 0–1). Anything else is an error, not a guess.
 */
export function parseColour(css: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(css.trim());
  if (rgb)
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(css.trim());
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((value) => Number(value) * 255) as [number, number, number];
    return { r, g, b, a: srgb[4] === undefined ? 1 : Number(srgb[4]) };
  }
  throw new Error(`cannot read the colour "${css}"`);
}

/** `top` painted over `bottom` (which is opaque). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (over: number, under: number) => over * top.a + under * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * The opaque colour behind an element, from its ancestors' computed backgrounds listed
 * innermost first (transparent layers let the next one through; the canvas is the last).
 */
export function backdrop(layers: string[]): Rgba {
  let colour: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of [...layers].reverse()) colour = composite(parseColour(layer), colour);
  return colour;
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio, 1–21; a translucent foreground is first painted over the background. */
export function contrast(foreground: Rgba, background: Rgba): number {
  const [a, b] = [luminance(composite(foreground, background)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
