import { textContent, type XmlElement } from "./stream-xml";
import { child, children, text } from "./xml-read";

/**
 * Microsoft Entra Connect Sync runs the same Synchronization Service as FIM/MIM, and its own Entra
 * connector has the old connector's type (Extensible2, "Windows Azure Active Directory
 * (Microsoft)"). What tells its files apart, as seen in Microsoft's AADConnectConfigDocumenter
 * sample export of a Connect Sync server (Contoso, Connect 1.1.130.0):
 * - the Entra connector's `MAConfig` holds `aad-password-reset-config` (password writeback) and signs
 *   in as `Sync_<server>_<hex>@<tenant>.onmicrosoft.com`, the account the Connect wizard creates;
 * - its AD connectors' `adma-configuration` holds `password-hash-sync-config` (password hash sync,
 *   whose target is the Entra connector) and signs in as `MSOL_<hex>`, the wizard's AD account;
 * - MV.XML holds Connect's global settings in `mv-data/parameter-values`
 *   (`Microsoft.Synchronize.ServerConfigurationVersion`, `Microsoft.Synchronize.StagingMode`, …).
 * The connector's name (`<tenant>.onmicrosoft.com - AAD`) and assembly version are shown as
 * supporting detail only: a team can give its FIM connector any name.
 */
export function connectSyncConnectorEvidence(data: XmlElement): string[] {
  const evidence: string[] = [];
  const privateConfig = child(data, "private-configuration");
  const maConfig = child(privateConfig, "MAConfig");
  const adma = child(privateConfig, "adma-configuration");
  if (child(maConfig, "aad-password-reset-config")) {
    evidence.push(
      "its private configuration holds Connect Sync's password writeback setting (aad-password-reset-config)",
    );
  }
  for (const parameter of children(child(maConfig, "parameter-values"), "parameter")) {
    const value = textContent(parameter).trim();
    if (parameter.attributes["name"] === "UserName" && /^Sync_[^@\s]+_[0-9a-f]+@/i.test(value)) {
      evidence.push(`it signs in as ${value}, the account the Connect Sync wizard creates (Sync_<server>_<id>@…)`);
    }
  }
  if (child(adma, "password-hash-sync-config")) {
    evidence.push("its AD configuration holds Connect Sync's password hash sync setting (password-hash-sync-config)");
  }
  const login = text(adma, "forest-login-user");
  if (/^MSOL_[0-9a-f]+$/i.test(login)) {
    evidence.push(`it reads AD as ${login}, the account the Connect Sync wizard creates (MSOL_<id>)`);
  }
  if (evidence.length === 0) return evidence;
  // Supporting detail, never enough on its own.
  const name = text(data, "name");
  if (/\S\s+-\s+AAD$/.test(name)) evidence.push(`its name, "${name}", follows Connect Sync's "<tenant> - AAD" pattern`);
  const version = text(child(maConfig, "extension-config"), "assembly-version");
  if (version) evidence.push(`its connector assembly is version ${version}`);
  return evidence;
}

/** Connect Sync's global settings, which a FIM/MIM metaverse export does not have. */
export function connectSyncMetaverseEvidence(parameters: readonly { name: string; value: string }[]): string[] {
  const connect = parameters.filter((parameter) =>
    /^Microsoft\.(Synchronize|OptionalFeature|SynchronizationOption)\./.test(parameter.name),
  );
  if (connect.length === 0) return [];
  const version = connect.find((parameter) => parameter.name === "Microsoft.Synchronize.ServerConfigurationVersion");
  return [
    `MV.XML holds ${connect.length} Connect Sync global settings (${connect
      .slice(0, 3)
      .map((parameter) => parameter.name)
      .join(
        ", ",
      )}${connect.length > 3 ? ", …" : ""})${version?.value ? `; its configuration version is ${version.value}` : ""}`,
  ];
}
