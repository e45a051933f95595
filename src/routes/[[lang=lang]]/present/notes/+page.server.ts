import { findingsData, notesData } from '#lib/present/deck-data.server.ts';
import { langEntries } from '#lib/nav.ts';

// The page in every language: /…, /vi/…, /lo/….
export const entries = langEntries;

export const load = () => ({ notes: notesData(), findings: findingsData() });
