/**
 * The pending-exports reader: a csexport file (`csexport "<connector>" <file>.xml /f:x`) read as
 * a stream into a bounded summary, and the cut-over gates judged on it. Pure: no React, no DOM.
 */
export * from "./types";
export { PendingExportReader, type PendingReadOptions } from "./reader";
export {
  readPendingExport,
  readPendingExportBytes,
  pendingZipLimits,
  MAX_PENDING_ZIP_BYTES,
  type PendingSource,
  type PendingFileOptions,
} from "./read-file";
export {
  judgeGates,
  deleteThresholdGate,
  addsShouldMatchGate,
  anchorChangesGate,
  oldConnectorDeletesGate,
  thresholdOf,
  GATE_EXAMPLES,
} from "./gates";
export {
  oldConnectorObjects,
  oldConnectorKeys,
  toConnectorObject,
  connectorObjectTypes,
  MAX_CONNECTOR_OBJECTS,
  type ConnectorObjects,
} from "./old-connector";
export { cloudIdOf } from "./cloud-id";
export { detach, detachAll } from "./detach";
export type { CsObject, Delta, Hologram, AttributeChange, AttributeValues, ValueChange } from "./cs-object";
export { hints as pendingHints } from "./hints";
