/** What to do next, for each kind of problem a picked file can have. */
export const hints = {
  reexport:
    "Export it again in Synchronization Service Manager (File → Export Server Configuration, or Actions → Export Management Agent) and pick the new file; a file opened and saved in an editor can be damaged.",
  pickExport:
    "Pick the MA-{GUID}.XML and MV.XML files that Export Server Configuration writes, or the folder that holds them.",
  tooBig:
    "An export file is rarely over a few MB. Check that this is an export file; if it is, export the management agents one at a time (Actions → Export Management Agent) and pick those files.",
  bomb: "Exported XML compresses well, but nowhere near 500 to 1: this archive looks crafted to exhaust memory (a zip bomb). Zip the exported folder again, or pick the folder itself.",
  overTotal:
    "Zip only the folder that Export Server Configuration wrote, or pick that folder directly, or read the management agents in smaller groups.",
  connectSync:
    "On the FIM/MIM server that runs the old connector, open Synchronization Service Manager, choose File → Export Server Configuration, and pick the folder it writes (its MA-{GUID}.XML and MV.XML files). Nothing from a Connect Sync server belongs in the old connector's removal plan.",
  encoding:
    'Open the file in a text editor and save it as UTF-8 with its first line saying encoding="utf-8", or export it again in Synchronization Service Manager, then pick it again.',
  pendingExports:
    "Check pending exports reads it: it counts the adds, updates and deletes the file holds and judges the cut-over gates. Here, pick the MA-{GUID}.XML and MV.XML files that Export Server Configuration writes.",
  zip: "Zip the folder that Export Server Configuration wrote (with its MA-{GUID}.XML and MV.XML files), or pick that folder directly.",
} as const;
