// Every page is built ahead of time into static files.
export const prerender = true;
