import { outcomes, type OptionId } from "../../../core/decision/outcomes";

// The plan's title and opening paragraph depend only on the recommended option, so the page
// shows them with its first load; the steps, which need the whole plan, follow.

/** The plan's title: names the recommended option, or says that none fits. */
export function planTitleFor(recommended: OptionId | undefined): string {
  return recommended ? `Migration plan: ${outcomes[recommended].name}` : "Migration plan: no option fits yet";
}

/** The plan's opening paragraph: what the option does, or for no clean fit, where the plan starts. */
export function planLeadFor(recommended: OptionId | undefined): string {
  return recommended
    ? outcomes[recommended].summary
    : "As answered, every one of the three replacements is ruled out by at least one of your requirements. This plan starts by resolving that collision with a partner; the preparation, the pilot discipline and the removal of the old connector apply whichever option you then choose.";
}
