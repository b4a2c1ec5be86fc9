import { useEffect } from "react";

/**
 * Opens every closed <details> while the page prints and closes them again afterwards, for
 * browsers whose print style sheet cannot reveal their content (see print.css).
 */
export function useExpandDetailsForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll("details:not([open])")] as HTMLDetailsElement[];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
}
