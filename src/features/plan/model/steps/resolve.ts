/** The steps of the "resolve" phase, in plan order. */
import type { StepRule } from "../plan-types";
import { perOption } from "./step-helpers";

export const resolveSteps: readonly StepRule[] = [
  {
    id: "resolve-collision",
    phase: "resolve",
    when: { outcomes: ["no-clean-fit"] },
    title: "Confirm the requirements that rule each option out",
    what: (ctx) =>
      `Check each of these against your directory and your plans, not against an estimate. ${perOption(ctx, (b) => b.title)}`,
    why: "There is no way to keep the old connector: it has been unable to connect to Entra ID since April 2024, so one of the three replacements has to be made to fit.",
    anchor: "overview#no-way-to-keep-it",
  },
  {
    id: "resolve-engage-partner",
    phase: "resolve",
    when: { outcomes: ["no-clean-fit"] },
    title: "Engage a partner before you choose",
    what: "Bring your inventory and this plan to a partner and decide together which requirement can change.",
    why: "Microsoft recommends working with a partner when you change synchronization technology in production; with no clean fit, someone has to weigh the blockers against each other.",
    anchor: "overview#work-with-a-partner",
  },
  {
    id: "resolve-choose-option",
    phase: "resolve",
    when: { outcomes: ["no-clean-fit"] },
    title: "Decide what changes, then make a new plan",
    what: (ctx) =>
      `What would unblock each option: ${perOption(ctx, (b) => b.unblock.replace(/\.$/, ""))} Once an answer changes, run the advisor again: the plan for the option that then fits replaces this one.`,
    why: "Microsoft's order of preference is cloud sync, then Connect Sync, then MIM with the Graph connector, which is only for users and groups not provisioned into an on-premises directory and needs Entra ID P1 or P2.",
    anchor: "overview#how-to-choose",
  },
];
