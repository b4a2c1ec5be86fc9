import type { ExportFlow } from "./types";

/**
 * Where one of the old connector's export flows lands with each new engine. With cloud sync or
 * Connect Sync every value must first reach AD through MIM's AD management agent; the engine
 * then maps it from AD to Entra ID (the guide's "Carry the old attribute flows over" section).
 *
 * The table is deliberately small: only attributes that both engines' documentation lists.
 * Anything else is `check`, never a guess.
 *
 * Sources:
 * - Cloud sync attribute mapping: https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/how-to-attribute-mapping
 * - Cloud sync directory extensions: https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/custom-attribute-mapping
 * - Connect Sync attributes synchronized: https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-sync-attributes-synchronized
 * - Connect Sync directory extensions: https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-directory-extensions
 * - Source anchor per engine: https://learn.microsoft.com/entra/identity/hybrid/connect/plan-connect-design-concepts
 */
export type LandingKind =
  "default" | "extension-attribute" | "directory-extension" | "expression" | "anchor" | "cannot" | "check";

export interface Landing {
  readonly kind: LandingKind;
  readonly text: string;
}

export interface AttributeLanding {
  /** The AD attribute the value must reach first, when it has one. */
  readonly adAttribute?: string;
  readonly cloudSync: Landing;
  readonly connectSync: Landing;
}

const defaultMapping = (adAttribute: string): AttributeLanding => ({
  adAttribute,
  cloudSync: { kind: "default", text: `Default mapping from AD ${adAttribute}` },
  connectSync: { kind: "default", text: `Default sync rules, from AD ${adAttribute}` },
});

/** Entra attribute (lower case) → its AD counterpart, for attributes both engines map by default. */
const defaults: Record<string, string> = {
  displayname: "displayName",
  givenname: "givenName",
  surname: "sn",
  sn: "sn",
  userprincipalname: "userPrincipalName",
  mail: "mail",
  mailnickname: "mailNickname",
  proxyaddresses: "proxyAddresses",
  department: "department",
  jobtitle: "title",
  title: "title",
  telephonenumber: "telephoneNumber",
  mobile: "mobile",
  facsimiletelephonenumber: "facsimileTelephoneNumber",
  streetaddress: "streetAddress",
  city: "l",
  state: "st",
  postalcode: "postalCode",
  physicaldeliveryofficename: "physicalDeliveryOfficeName",
  company: "company",
  companyname: "company",
  employeeid: "employeeID",
  description: "description",
  manager: "manager",
  member: "member",
  members: "member",
  accountenabled: "userAccountControl",
};

/**
 * Attributes Connect Sync's standard rules send from AD (seen in the "Out to AAD" rules of
 * Microsoft's AADConnectConfigDocumenter sample: alias ← mailNickname, managedBy, thumbnailPhoto,
 * countryLetterCode ← c, otherMobile) and that Connect Sync's attribute list names, but that we
 * could not find in a cloud sync default mapping list: cloud sync gets a "check" with the AD source.
 */
const connectDefaults: Record<string, string> = {
  alias: "mailNickname",
  managedby: "managedBy",
  thumbnailphoto: "thumbnailPhoto",
  countrylettercode: "c",
  othermobile: "otherMobile",
};

const anchorNames = new Set(["sourceanchor", "immutableid", "onpremisesimmutableid"]);

/** Whether the flow writes the object's source anchor (the ImmutableId in Entra ID). */
export function isAnchorFlow(flow: Pick<ExportFlow, "target">): boolean {
  return anchorNames.has(flow.target.toLowerCase());
}

export function attributeLanding(flow: ExportFlow): AttributeLanding {
  const target = flow.target.toLowerCase();
  if (anchorNames.has(target) && flow.objectType.toLowerCase() !== "user") {
    // Groups and contacts: Connect Sync anchors them on objectGUID whatever its sourceAnchor setting
    // (which covers users); cloud sync reads ms-DS-ConsistencyGuid when set. Each engine's text
    // stands on its own, so the two never contradict each other.
    return {
      cloudSync: {
        kind: "anchor",
        text: "Not mapped: cloud sync computes the anchor (ms-DS-ConsistencyGuid if set, else objectGUID). Write ms-DS-ConsistencyGuid through MIM's AD agent so it equals the ImmutableId; sources differ on hard-matching groups, so test one group first",
      },
      connectSync: {
        kind: "anchor",
        text: `objectGUID for ${flow.objectType || "this object type"}: the ms-DS-ConsistencyGuid setting applies to users only, so writing it changes nothing here. The ImmutableId must equal base64(objectGUID), or the object is not taken over`,
      },
    };
  }
  if (anchorNames.has(target)) {
    return {
      cloudSync: {
        kind: "anchor",
        text: "Not mapped: cloud sync computes the anchor itself (ms-DS-ConsistencyGuid if set, else objectGUID) and it cannot be changed. Write ms-DS-ConsistencyGuid through MIM's AD agent so it equals the ImmutableId",
      },
      connectSync: {
        kind: "anchor",
        text: "The sourceAnchor setting: ms-DS-ConsistencyGuid for users (objectGUID for other types). Write ms-DS-ConsistencyGuid through MIM's AD agent so it equals the ImmutableId",
      },
    };
  }
  const extension = /^extensionattribute([1-9]|1[0-5])$/.exec(target);
  const base: AttributeLanding = extension
    ? {
        adAttribute: `extensionAttribute${extension[1]}`,
        cloudSync: { kind: "extension-attribute", text: `Extension attribute ${extension[1]}, mapped by default` },
        connectSync: { kind: "extension-attribute", text: `Extension attribute ${extension[1]}, synced by default` },
      }
    : defaults[target]
      ? defaultMapping(defaults[target])
      : connectDefaults[target]
        ? {
            adAttribute: connectDefaults[target],
            cloudSync: {
              kind: "check",
              text: `Map it from AD ${connectDefaults[target]}: check that your configuration's mappings include it`,
            },
            connectSync: { kind: "default", text: `Default sync rules, from AD ${connectDefaults[target]}` },
          }
        : {
            cloudSync: {
              kind: "check",
              text: "Not in our table: map it from its AD attribute if it has one; otherwise an extension attribute 1–15 or a directory extension",
            },
            connectSync: {
              kind: "check",
              text: "Not in our table: map it from its AD attribute if it has one; otherwise an extension attribute 1–15 or the directory extensions feature",
            },
          };
  const syncRuleType = flow.kind === "sync-rule" ? (flow.syncRuleMappingType ?? "").toLowerCase() : "";
  if (syncRuleType === "expression" || flow.expression) {
    return {
      ...base,
      cloudSync: { kind: "expression", text: "Rewrite the sync rule's expression as an expression mapping" },
      connectSync: { kind: "expression", text: "Rewrite the sync rule's expression in a custom sync rule" },
    };
  }
  if (flow.kind === "constant" || syncRuleType === "constant") {
    return {
      ...base,
      cloudSync: { kind: "expression", text: "A constant attribute mapping" },
      connectSync: { kind: "expression", text: "A constant transformation in a custom sync rule" },
    };
  }
  if (flow.kind === "scripted") {
    return {
      ...base,
      cloudSync: {
        kind: "expression",
        text: "Rewrite the code as an expression mapping, or keep it in MIM and export its result to AD",
      },
      connectSync: {
        kind: "expression",
        text: "Rewrite the code as an expression in a custom sync rule, or keep it in MIM and export its result to AD",
      },
    };
  }
  return base;
}
