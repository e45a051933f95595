// /targets is text and links (its disclosures work without script): it ships no JavaScript.
export const csr = false;
