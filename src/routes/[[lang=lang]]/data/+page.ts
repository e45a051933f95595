// Text and links only: the page ships no JavaScript.
export const csr = false;
