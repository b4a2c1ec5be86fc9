import { textContent, type XmlElement } from "./stream-xml";

/** Small readers of the kept tree, shared by the export readers. */

export function child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  return parent?.children.find((element) => element.name === name);
}

export function children(parent: XmlElement | undefined, name: string): XmlElement[] {
  return parent ? parent.children.filter((element) => element.name === name) : [];
}

export function text(parent: XmlElement | undefined, name: string): string {
  return textContent(child(parent, name)).trim();
}
