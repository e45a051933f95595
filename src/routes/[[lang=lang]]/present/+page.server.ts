import { deckData } from '#lib/present/deck-data.server.ts';
import { langEntries } from '#lib/nav.ts';

// The default deck is prerendered; a deck chosen in the address is read in the browser.
// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () => ({ deck: deckData() });
