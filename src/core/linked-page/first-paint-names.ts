// Apart from first-paint.ts, which holds the codec and the engine: the app's placeholder needs
// these names in every first load, and nothing else of it.

/** The attribute of the placeholder the script fills; its value names the page ("recommendation", "plan"). */
export const FIRST_PAINT_ATTRIBUTE = "data-first-paint";
/**
 * The placeholder's class once the script has painted the result into it (advisor.css:
 * `display: contents`). The boot loader replays early input only once no element has it.
 */
export const PAINTED_CLASS = "linked-painted";
