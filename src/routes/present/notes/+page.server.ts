import { notesData } from '$lib/present/deck-data.server';

export const load = () => ({ notes: notesData() });
