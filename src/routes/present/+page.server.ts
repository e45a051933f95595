import { deckData } from '$lib/present/deck-data.server';

// The default deck is prerendered; a deck chosen in the address is read in the browser.
export const load = () => ({ deck: deckData() });
