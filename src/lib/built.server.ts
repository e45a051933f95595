/** The day the site is built, ISO: what the script-free pages' verdicts and citations are of. */
export const builtOn = new Date().toISOString().slice(0, 10);
