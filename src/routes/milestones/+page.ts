// A page of plain HTML: every milestone with its quotes and links, which needs no script to
// read, and which keeps the timeline's page from carrying the whole list for readers without
// scripts. Nothing here is interactive, so nothing is hydrated.
export const csr = false;
