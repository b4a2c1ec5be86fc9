import { hints } from "./problem-hints";
import type { ImportedExport, ImportProblem } from "./types";

/**
 * Microsoft Entra Connect Sync's own configuration, picked by mistake, gets one message naming it
 * and nothing is kept: `Get-ADSyncServerConfiguration` (and the `MigrateSettings.ps1` script that
 * runs it) writes `Connectors/Connector_{GUID}.xml` (bare `<ma-data>`),
 * `SynchronizationRules/SynchronizationRule_{GUID}.xml` and `GlobalSettings/MV.xml` (a
 * `<saved-mv-configuration>` holding Connect's settings); the Connect wizard writes its settings as
 * JSON (`Applied-SynchronizationPolicy-*.json`, `MigratedPolicy.json`; Microsoft Learn, "Import and
 * export Microsoft Entra Connect configuration settings").
 */
const settingsFile = /^(Applied|Exported)-SynchronizationPolicy-.*\.json$|^MigratedPolicy\.json$/i;

export function connectSyncSettingsFile(name: string): ImportProblem | undefined {
  const base = name.split("/").pop() ?? name;
  if (!settingsFile.test(base)) return undefined;
  return {
    file: name,
    message: `${name} is a Microsoft Entra Connect Sync settings file (the JSON the Connect wizard writes to %ProgramData%\\AADConnect). It describes a Connect Sync server, not the FIM/MIM server that runs the old connector; nothing was read from it.`,
    hint: hints.connectSync,
    source: "connect-sync-settings",
  };
}

/** Collapses a Connect Sync configuration folder into one problem, keeping nothing from it. */
export function recogniseConnectSyncConfiguration(imported: ImportedExport): ImportedExport {
  const parts = imported.problems.filter((problem) => problem.source?.startsWith("connect-sync-"));
  const connectMetaverse = imported.metaverse?.connectSyncEvidence ? imported.metaverse : undefined;
  if (imported.agents.length > 0 || (parts.length === 0 && !connectMetaverse)) return imported;
  if (imported.otherMetaverses?.length || (imported.metaverse && !connectMetaverse)) return imported;
  const count = (source: string) => parts.filter((problem) => problem.source === source).length;
  const connectors = count("connect-sync-connector");
  const rules = count("connect-sync-rule");
  const settings = count("connect-sync-settings");
  const files = [...parts.map((problem) => problem.file), ...(connectMetaverse ? [connectMetaverse.file] : [])];
  const folder = files[0]!.includes("/") ? files[0]!.split("/")[0]! : files[0]!;
  const contents = [
    connectors > 0 ? `${connectors} connector ${connectors === 1 ? "file" : "files"}` : "",
    rules > 0 ? `${rules} synchronization ${rules === 1 ? "rule" : "rules"}` : "",
    connectMetaverse ? `its global settings (${connectMetaverse.file})` : "",
    settings > 0 ? `the Connect wizard's settings (${settings === 1 ? "a JSON file" : `${settings} JSON files`})` : "",
  ].filter(Boolean);
  return {
    agents: [],
    problems: [
      {
        file: folder,
        message: `${files.length === 1 ? "This file is" : "These files are"} a Microsoft Entra Connect Sync server's configuration (Get-ADSyncServerConfiguration or the Connect wizard's export): ${contents.join(", ")}. They describe a Connect Sync server, not the FIM/MIM server that runs the old connector, so nothing was kept from them.`,
        hint: hints.connectSync,
      },
      ...imported.problems.filter((problem) => !problem.source?.startsWith("connect-sync-")),
    ],
    files: [],
  };
}
