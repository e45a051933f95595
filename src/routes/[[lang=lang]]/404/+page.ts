import { langEntries } from '$lib/nav';

export const entries = langEntries;
