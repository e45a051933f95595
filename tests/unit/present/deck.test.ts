import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/lib/present/channel';
import {
	clampIndex,
	deckQuery,
	defaultDeck,
	followSlide,
	moveSlide,
	parseDeck,
	toggleSlide
} from '../../../src/lib/present/deck';
import { deckAction, typeDigit } from '../../../src/lib/present/keys';
import { swipeStep } from '../../../src/lib/present/swipe';

describe('parseDeck', () => {
	it('opens the default deck at its first slide without a query', () => {
		expect(parseDeck('')).toEqual({ deck: [...defaultDeck], index: 0 });
	});

	it('keeps a chosen deck in its order and the slide number, counted from 1', () => {
		expect(parseDeck('?slides=energy,trade&slide=2')).toEqual({
			deck: ['energy', 'trade'],
			index: 1
		});
	});

	it.each([
		['?slides=nonsense,,%00', [...defaultDeck], 0],
		['?slides=trade,bogus,trade,ENERGY', ['trade', 'energy'], 0],
		['?slide=999999999999', [...defaultDeck], 0],
		['?slide=40', [...defaultDeck], 0],
		['?slide=9', [...defaultDeck], 8],
		['?slide=-3', [...defaultDeck], 0],
		['?slide=2.5', [...defaultDeck], 0],
		['?slide=0', [...defaultDeck], 0],
		['?slides=trade&slide=abc', ['trade'], 0]
	])('falls back safely for %s', (search, deck, index) => {
		expect(parseDeck(search)).toEqual({ deck, index });
	});
});

describe('deckQuery', () => {
	it('leaves the default deck out and counts slides from 1', () => {
		expect(deckQuery({ deck: [...defaultDeck], index: 2 })).toBe('?slide=3');
	});

	it('writes a chosen deck readably, and reads back what it wrote', () => {
		const place = { deck: ['energy' as const, 'trade' as const], index: 1 };
		expect(deckQuery(place)).toBe('?slides=energy,trade&slide=2');
		expect(parseDeck(deckQuery(place))).toEqual(place);
	});
});

describe('editing a deck', () => {
	it('moves a slide up or down and ignores moves off the ends', () => {
		expect(moveSlide(['a', 'b', 'c'] as never, 1, -1)).toEqual(['b', 'a', 'c']);
		expect(moveSlide(['a', 'b'] as never, 0, -1)).toEqual(['a', 'b']);
		expect(moveSlide(['a', 'b'] as never, 1, 1)).toEqual(['a', 'b']);
	});

	it('drops a slide, adds it back at the end, and never empties the deck', () => {
		expect(toggleSlide(['trade', 'energy'], 'trade')).toEqual(['energy']);
		expect(toggleSlide(['energy'], 'trade')).toEqual(['energy', 'trade']);
		expect(toggleSlide(['energy'], 'energy')).toEqual(['energy']);
	});

	it('stays on the same slide when the deck around it changes', () => {
		const before = { deck: ['title' as const, 'trade' as const, 'energy' as const], index: 1 };
		expect(followSlide(before, ['trade', 'title', 'energy'])).toBe(0);
		expect(followSlide(before, ['title', 'energy'])).toBe(1);
	});

	it('clamps any number to a slide', () => {
		expect(clampIndex(Number.NaN, 3)).toBe(0);
		expect(clampIndex(7, 3)).toBe(2);
		expect(clampIndex(-1, 3)).toBe(0);
	});
});

describe('deckAction', () => {
	it.each([
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['Enter', 'jump'],
		['f', 'fullscreen'],
		['t', 'table'],
		['s', 'notes'],
		['Escape', 'leave'],
		['7', 'digit']
	])('%j → %s', (key, kind) => {
		expect(deckAction({ key })?.kind).toBe(kind);
	});

	it('leaves browser shortcuts and unknown keys alone', () => {
		expect(deckAction({ key: 'p', ctrlKey: true })).toBeNull();
		expect(deckAction({ key: 'f', metaKey: true })).toBeNull();
		expect(deckAction({ key: 'x' })).toBeNull();
		expect(deckAction({ key: 'constructor' })).toBeNull();
		expect(deckAction({ key: ' ', shiftKey: true })?.kind).toBe('prev');
	});

	it('collects typed digits into a short slide number', () => {
		expect(typeDigit(typeDigit('', 1), 2)).toBe('12');
		expect(typeDigit('', 0)).toBe('');
		expect(typeDigit('123', 4)).toBe('234');
	});
});

describe('swipeStep', () => {
	it('reads a long horizontal swipe and ignores taps and scrolls', () => {
		expect(swipeStep(-120, 10)).toBe(1);
		expect(swipeStep(120, -5)).toBe(-1);
		expect(swipeStep(20, 0)).toBe(0);
		expect(swipeStep(-80, 200)).toBe(0);
	});
});

describe('readMessage', () => {
	it('keeps only well-formed messages, with slide names it knows', () => {
		expect(readMessage({ type: 'hello' })).toEqual({ type: 'hello' });
		expect(readMessage({ type: 'step', by: 1 })).toEqual({ type: 'step', by: 1 });
		expect(readMessage({ type: 'step', by: 5 })).toBeNull();
		expect(readMessage({ type: 'place', deck: ['trade', 'x'], index: 9 })).toEqual({
			type: 'place',
			deck: ['trade'],
			index: 0
		});
		expect(readMessage('place')).toBeNull();
		expect(readMessage(null)).toBeNull();
	});
});

describe('formatElapsed', () => {
	it('writes the time since the start as a presenter reads it', async () => {
		const { formatElapsed } = await import('../../../src/lib/format/format');
		expect(formatElapsed(65_000)).toBe('1:05');
		expect(formatElapsed(3_729_000)).toBe('1:02:09');
		expect(formatElapsed(-5)).toBe('0:00');
	});
});
