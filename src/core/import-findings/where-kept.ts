import type { ImportPersistence } from "./import-storage";

/**
 * Where the export's findings are kept, in a sentence for the pages that show them. A browser
 * that refused to store them keeps them in the tab or the page only: saying "kept in this
 * browser" then would send the reader back on another day to findings that are gone.
 */
export function whereKeptSentence(where: ImportPersistence["where"]): string {
  switch (where) {
    case "saved":
      return "They are kept in this browser only (never uploaded, never in a link) until you forget them.";
    case "tab":
      return "They are kept in this tab only, until you close it: this browser's storage refused them.";
    case "page":
      return "They are kept on this page only, until it is reloaded or left: this browser's storage refused them.";
  }
}
