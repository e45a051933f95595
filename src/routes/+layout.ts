// Every page is prerendered to static HTML; there is no server at run time.
export const prerender = true;
