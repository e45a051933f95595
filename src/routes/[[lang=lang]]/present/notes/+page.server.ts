import { notesData } from '$lib/present/deck-data.server';
import { langEntries } from '$lib/nav';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () => ({ notes: notesData() });
