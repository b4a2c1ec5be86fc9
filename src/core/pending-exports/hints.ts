/** What to do next, for each kind of problem a picked pending-exports file can have. */
export const hints = {
  csexport:
    'On the server, run csexport "<connector name>" pending.xml /f:x in the Synchronization Service\'s Bin folder (Connect Sync: %ProgramFiles%\\Microsoft Azure AD Sync\\Bin) and pick the XML it writes, or a zip of it.',
  truncated:
    "Run csexport again, let it finish, and copy the file whole (zip it first if it travels); then pick the new file.",
  nothingPending:
    "Run the import and synchronization steps on the server first (a full import, then a delta synchronization, on every connector), then run csexport again with /f:x.",
  encoding:
    "Pick the file csexport wrote, unchanged; if it was re-saved in an editor, save it as UTF-8 or UTF-16 with its first line saying so.",
  zip: "Zip the one XML file csexport wrote, or pick that XML file directly.",
  bomb: "An XML file compresses well, but nowhere near 500 to 1: this archive looks crafted to exhaust memory (a zip bomb). Zip the csexport file again, or pick the XML itself.",
} as const;
