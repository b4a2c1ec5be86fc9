/**
 * The command that writes the old connector's whole connector space: csexport with no /f filter
 * exports every object (Microsoft Learn, "Csexport: Connector Space Export Tool", jj590346: "If you
 * do not specify a filter, all objects are exported"); /f:x would write pending exports only.
 */
export const OLD_CONNECTOR_CSEXPORT = 'csexport "<the old connector\'s management agent name>" old-connector-cs.xml';
