/**
 * The deck as a plain model: which slides, in which order, and where the presenter is. The URL
 * is the deck (`?slides=trade,energy&slide=2`), so it can be shared, bookmarked and reloaded.
 */

export const slideNames = [
	'title',
	'headlines',
	'targets',
	'trade',
	'investment',
	'education',
	'energy',
	'border',
	'timeline',
	'sources'
] as const;
export type SlideName = (typeof slideNames)[number];

export const defaultDeck: readonly SlideName[] = slideNames;

export interface DeckPlace {
	deck: SlideName[];
	/** Zero-based index of the slide on screen, always inside the deck. */
	index: number;
}

function isSlideName(name: string): name is SlideName {
	return (slideNames as readonly string[]).includes(name);
}

/** Keep a slide index inside the deck, whatever number it was given. */
export function clampIndex(index: number, length: number): number {
	if (!Number.isFinite(index) || length === 0) return 0;
	return Math.min(Math.max(Math.trunc(index), 0), length - 1);
}

/**
 * Read a deck from a query string. Anything it does not understand (unknown names, repeats,
 * garbage, huge numbers) falls back to the default rather than failing: a link must always open.
 */
export function parseDeck(search: string): DeckPlace {
	const params = new URLSearchParams(search);
	const named = (params.get('slides') ?? '')
		.split(',')
		.map((s) => s.trim().toLowerCase())
		.filter(isSlideName);
	const deck = named.length ? [...new Set(named)] : [...defaultDeck];
	const slide = params.get('slide') ?? '';
	// The URL counts from 1, as the slide counter does; a number past the deck opens its start.
	const number = /^\d{1,6}$/.test(slide) ? Number(slide) : 0;
	return { deck, index: number >= 1 && number <= deck.length ? number - 1 : 0 };
}

function isDefault(deck: readonly SlideName[]): boolean {
	return deck.length === defaultDeck.length && deck.every((name, i) => name === defaultDeck[i]);
}

/** The query string of a place in a deck; the default deck is left out to keep links short. */
export function deckQuery({ deck, index }: DeckPlace): string {
	const params = new URLSearchParams();
	if (!isDefault(deck)) params.set('slides', deck.join(','));
	params.set('slide', String(clampIndex(index, deck.length) + 1));
	// Commas are safe in a query and keep a shared link readable.
	return `?${params.toString().replace(/%2C/g, ',')}`;
}

/** Move one slide up (-1) or down (+1) in the deck; out of range is a no-op. */
export function moveSlide(deck: SlideName[], from: number, by: -1 | 1): SlideName[] {
	const to = from + by;
	if (from < 0 || from >= deck.length || to < 0 || to >= deck.length) return deck;
	const next = [...deck];
	[next[from], next[to]] = [next[to] as SlideName, next[from] as SlideName];
	return next;
}

/** Add a slide at the end (if absent) or drop it (never the last one: a deck has a slide). */
export function toggleSlide(deck: SlideName[], name: SlideName): SlideName[] {
	if (deck.includes(name)) return deck.length > 1 ? deck.filter((n) => n !== name) : deck;
	return [...deck, name];
}

/** Where the presenter lands when the deck changes: on the same slide if it is still there. */
export function followSlide(before: DeckPlace, deck: SlideName[]): number {
	const name = before.deck[before.index];
	const found = name ? deck.indexOf(name) : -1;
	return found >= 0 ? found : clampIndex(before.index, deck.length);
}
