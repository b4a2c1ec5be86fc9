/**
 * localStorage key of the visitor's saved answers. Its own module so that code which only needs
 * to know whether answers exist (the guide's reminder) does not load the store.
 */
export const ANSWERS_STORAGE_KEY = "ema-advisor-answers";
