/**
 * The "prepare" steps for federated sign-in, before the pilot (procedure review 2026-12, points
 * 5 and 6; decision model v3, `federation-claim`, `confirm-federation`, `graph-federated-users`).
 */
import type { StepRule } from "../plan-types";
import { syncEngineName } from "./step-helpers";

export const prepareFederationSteps: readonly StepRule[] = [
  {
    id: "prepare-federation-find-out",
    phase: "prepare",
    when: { caveats: ["confirm-federation"] },
    title: "Find out how these users sign in",
    what: "Connect with Microsoft Graph PowerShell (Connect-MgGraph -Scopes Domain.Read.All, read-only) and run Get-MgDomain | Select-Object Id, AuthenticationType. For every domain in the users' user principal names, Managed means cloud authentication and Federated means an identity provider signs them in: find out which one (AD FS or another), then run the advisor again with that answer before the pilot.",
    why: "A federated domain needs its ImmutableID claim checked against the new engine's anchor before the pilot, or its users cannot sign in once the anchor changes; and users federated with AD FS cannot have their source of authority moved to the cloud (“Transfer user source of authority to the cloud”, a preview).",
    anchor: "migrate-safely#federated-sign-in",
  },
  {
    id: "prepare-federation-claim",
    phase: "prepare",
    when: { caveats: ["federation-claim"] },
    title: "Check the ImmutableID claim against the new anchor",
    what: (ctx) =>
      (ctx.answers.federation === "adfs"
        ? 'On an AD FS server, read the claim rules of the Microsoft Entra ID relying party trust (Get-AdfsRelyingPartyTrust | Where-Object Name -like "Microsoft Office 365 Identity Platform*" | Select-Object -ExpandProperty IssuanceTransformRules, read-only) and note which AD attribute the rule that issues the ImmutableID claim reads. '
        : "In your identity provider's configuration for Microsoft Entra ID, find which attribute it sends as the ImmutableID. ") +
      `For a few pilot users, compare the value it issues with the anchor ${syncEngineName(ctx)} will export (the ImmutableId comparison step). Where they differ, prepare the rule change for the pilot's change window, keep a copy of the current rules to restore, and test sign-in with a pilot user.` +
      (ctx.answers.federation === "adfs" && ctx.option === "connect-sync"
        ? " When the Connect Sync wizard offers to manage AD FS or update its claim rules, decline until you have compared its rules with yours."
        : ""),
    why: (ctx) =>
      "Federated sign-in identifies the user by the ImmutableID claim, which must carry the same value as the user's source anchor in Entra ID: a mismatch stops the user signing in. " +
      (ctx.answers.federation === "adfs"
        ? "Where Connect Sync manages AD FS, it rewrites the claim rules to its own anchor attribute; where AD FS is managed outside it, the rules must be updated by hand (plan-connect-design-concepts)."
        : "Microsoft leaves a third-party provider's rules to you: they must be updated by hand (plan-connect-design-concepts)."),
    anchor: "migrate-safely#federated-sign-in",
  },
  {
    id: "prepare-graph-federated-users",
    phase: "prepare",
    when: { outcomes: ["graph-connector"], answers: { federation: ["adfs"] } },
    title: "Settle how the Graph connector takes over users federated with AD FS",
    what: "List the old connector's users whose domain is federated with AD FS: converting their source of authority to the cloud, one of the two ways above to take over existing objects, is not supported for them. For each, recreate the user (a new object id: reassign its licences, group memberships and app assignments) or move its domain to managed authentication first, a change of its own.",
    why: "“Transfer user source of authority to the cloud” (a preview) does not support users federated with AD FS, nor users with password dependencies.",
    anchor: "graph-connector#federated-users",
  },
];
