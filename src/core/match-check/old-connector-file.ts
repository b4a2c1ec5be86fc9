import { oldConnectorObjects } from "../pending-exports";
import { paths } from "../../shared/paths";
import { cloudObjectsOfOldConnector, isOldConnectorExport } from "./directory-objects";
import type { ReadableFile } from "./read-files";
import type { CloudObject, FileProblem } from "./types";

import { OLD_CONNECTOR_CSEXPORT } from "./old-connector-command";

export interface OldConnectorFileRead {
  readonly objects: CloudObject[];
  readonly problems: FileProblem[];
}

const pendingLink = { path: paths.pendingExports(), label: "Check pending exports" };

/**
 * Reads a csexport file for the old connector's groups and contacts, through the pending-exports
 * reader (one pass, as a stream; a zip too). A csexport whose objects carry no sourceAnchor is
 * another connector's: it is sent to the pending-exports page with a word. Never throws.
 */
export async function readOldConnectorFile(
  file: ReadableFile,
  onBytes: (done: number) => void,
): Promise<OldConnectorFileRead> {
  const read = await oldConnectorObjects({ name: file.name, size: file.size, chunks: chunksOf(file) }, { onBytes });
  const problems: FileProblem[] = read.summary.problems.map((problem) => ({
    file: file.name,
    message: `${problem.message} ${problem.hint}`,
  }));
  const cloud = cloudObjectsOfOldConnector(read.objects);
  if (read.summary.objects > 0 && !isOldConnectorExport(cloud)) {
    problems.push({
      file: file.name,
      message: `${file.name} is a connector space export (csexport), but none of its objects carries a sourceAnchor, so it is not the old connector's own agent: no group or contact anchors were read from it. If it holds pending exports, the pending exports page reads it. For this page, run ${OLD_CONNECTOR_CSEXPORT} on the FIM/MIM server, with no /f filter so every object is written.`,
      link: pendingLink,
    });
    return { objects: [], problems };
  }
  if (cloud.withoutAnchor > 0)
    problems.push({
      file: file.name,
      message: `${file.name}: ${cloud.withoutAnchor.toLocaleString("en")} of the old connector's groups and contacts carry no sourceAnchor (never exported, or added after it stopped connecting), so they are left out of the check.`,
    });
  if (read.leftOut > 0)
    problems.push({
      file: file.name,
      message: `${file.name} holds more objects than this page keeps: the ${read.leftOut.toLocaleString("en")} users, groups and contacts after the first ${read.objects.length.toLocaleString("en")} are left out of the check, so the counts below miss them.`,
    });
  return { objects: cloud.objects, problems };
}

/** The file's bytes in order, as a stream gives them. */
async function* chunksOf(file: ReadableFile): AsyncIterable<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
