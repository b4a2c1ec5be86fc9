import { normaliseId } from "./read-export";
import type { ImportProblem, ManagementAgent } from "./types";

/**
 * Export Server Configuration names each file after the agent's id (`MA-{GUID}.XML`). A file whose
 * name and inner id differ was renamed or copied by hand; the deletion rules in MV.XML refer to the
 * id inside, so the page says which one it used.
 */
export function fileIdMismatch(file: string, agent: ManagementAgent): ImportProblem | undefined {
  const base = file.split("/").pop() ?? file;
  const named = /^MA-(\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?)\.xml$/i.exec(base)?.[1];
  if (!named || normaliseId(named) === normaliseId(agent.id)) return undefined;
  return {
    file,
    message: `${file} is named for the agent ${normaliseId(named)}, but holds "${agent.name}" ${agent.id}. The page used the id inside the file, which is the one MV.XML's deletion rules name; a renamed or copied file can make them point at another agent.`,
    hint: "Export the server configuration again instead of renaming or copying its files, and pick that folder.",
  };
}
