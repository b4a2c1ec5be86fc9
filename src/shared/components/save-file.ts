import { announce } from "./live-announcer";

/** Hands a text to the browser as a file download (an object URL of this page: no request leaves it). */
export function saveFile(text: string, fileName: string, type: string): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 1000);
  announce(`Downloading ${fileName}`);
}
