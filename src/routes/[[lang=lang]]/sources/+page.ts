// /sources is plain text and links (its disclosures work without script): it ships no
// JavaScript, so the browser does not download its ~180 figures a second time as page data.
export const csr = false;
