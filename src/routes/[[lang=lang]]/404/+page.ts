import { langEntries } from '#lib/nav.ts';

export const entries = langEntries;
