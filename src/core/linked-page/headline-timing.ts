/** The `elementtiming` name of a linked page's headline paragraph: its details wait for it. */
export const headlineTiming = "linked-page-headline";
