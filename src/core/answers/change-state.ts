/**
 * Navigation state for a question page reached to change or fill in answers (the check page's
 * Change links, the upgrade notice's "Answer the new questions"): after it, go to the next
 * unanswered question, then back to the check page.
 */
export interface ChangeState {
  change?: boolean;
}
