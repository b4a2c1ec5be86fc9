/** The old connector stopped connecting in April 2024: by default, users synced since belong to another engine. */
export const DEFAULT_CUTOFF = "2024-05-01";
