// /sources and its topics' pages are plain text and links (their disclosures work without script):
// they ship no JavaScript, so the browser does not download their figures a second time as page data.
export const csr = false;
