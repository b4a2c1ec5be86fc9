/**
 * The step that comes before every other when the plan extends an existing Connect Sync server:
 * read the anchor that server was installed with, before anything writes ms-DS-ConsistencyGuid
 * (procedure review 2026-12, point 3; decision model v3, `extend-existing-connect`).
 */
import type { StepRule } from "../plan-types";

export const prepareFirstSteps: readonly StepRule[] = [
  {
    id: "prepare-read-existing-anchor",
    phase: "prepare",
    when: { caveats: ["extend-existing-connect"] },
    title: "Read your Connect Sync server's source anchor before anything else",
    what: "On the existing Connect Sync server, start the Microsoft Entra Connect wizard, choose “View or export current configuration”, note the source anchor it shows and export the settings to keep on record. Until you have, let nothing write ms-DS-ConsistencyGuid: not MIM's AD management agent, not a script. If the anchor is ms-DS-ConsistencyGuid, the comparison and the MIM write later in this plan apply to users as planned; if it is objectGUID, writing ms-DS-ConsistencyGuid changes nothing for this server, so list the old connector's users whose ImmutableId is not base64(objectGUID), which this server cannot hard match, and settle what happens to them before you go on.",
    why: "The anchor is chosen when the server is installed: servers installed with build 1.1.486.0 or older, upgraded from DirSync, or whose installation found ms-DS-ConsistencyGuid already in use anchor on objectGUID. Microsoft's design-concepts page says the anchor can change only by a reinstall, while the same page describes a “Configure Source Anchor” task (1.1.552.0 and later) that switches an objectGUID server to ms-DS-ConsistencyGuid, which refuses to run once any object has that attribute set: sources differ, and either way the attribute must stay unwritten until this is decided.",
    anchor: "connect-sync#read-existing-anchor",
  },
];
