/**
 * The one palette (theme.css) meets WCAG 2.2 AA in both schemes, on the page and in the deck:
 * text 4.5:1, chart marks and focus rings 3:1 (non-text contrast). Every colour token has a role
 * here, so a new token cannot go unchecked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAR_COLOR, COLOR } from '../../../src/lib/export/pptx';
import { paletteOf, token, type Palette } from '../../../src/lib/theme/palette';

const css = readFileSync('src/lib/theme/theme.css', 'utf8');

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** What each token is for, and what it must stand out from. */
const roles = {
	backgrounds: ['--bg', '--surface', '--highlight'],
	/** Words: 4.5:1 on every background. */
	text: ['--text', '--muted', '--accent', '--partial', '--target'],
	/** The timeline's kinds of milestone: marks, 4.5:1 on the page and 3:1 on its lanes' bands. */
	timeline: ['--tl-party', '--tl-state', '--tl-treaty', '--tl-war', '--tl-visit', '--tl-defence'],
	/** Marks of the charts: 3:1 against the page. */
	marks: [
		'--mark',
		'--mark-second',
		'--mark-partial',
		'--mark-target',
		'--mark-derived',
		'--map-coast-strong'
	],
	/** Words on a filled mark: the value inside a bar, a pressed button's label. */
	onFill: [
		['--mark-text', '--mark'],
		['--accent-text', '--accent']
	],
	/** The map's land: the names written on it must read. */
	land: ['--map-vietnam', '--map-laos'],
	focus: ['--focus'],
	/** Gridlines and borders: decoration, with words or marks beside them (no minimum). */
	decoration: ['--line']
} as const;

const named = new Set<string>([
	...roles.backgrounds,
	...roles.text,
	...roles.timeline,
	...roles.marks,
	...roles.onFill.flat(),
	...roles.land,
	...roles.focus,
	...roles.decoration
]);

const themes = [
	['page', 'light'],
	['page', 'dark'],
	['deck', 'light'],
	['deck', 'dark']
] as const;

describe.each(themes)('the %s’s %s scheme', (scope, scheme) => {
	const palette: Palette = paletteOf(css, scope, scheme);
	const get = (name: string) => token(palette, name);

	it('gives every colour token a role in this test', () => {
		expect([...palette.keys()].filter((name) => !named.has(name))).toEqual([]);
		for (const name of named) expect(palette.has(name), name).toBe(true);
	});

	it('has words at 4.5:1 or more on the page, on surfaces and on a highlighted row', () => {
		for (const fg of roles.text)
			for (const bg of roles.backgrounds)
				expect(contrast(get(fg), get(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
		for (const [fg, bg] of roles.onFill)
			expect(contrast(get(fg), get(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
		for (const land of roles.land)
			expect(contrast(get('--text'), get(land)), `--text on ${land}`).toBeGreaterThanOrEqual(4.5);
	});

	it('has chart marks and the focus ring at 3:1 or more against the background, the timeline’s kinds 4.5:1', () => {
		for (const mark of [...roles.marks, ...roles.timeline, ...roles.focus])
			for (const bg of ['--bg', '--surface'])
				expect(contrast(get(mark), get(bg)), `${mark} on ${bg}`).toBeGreaterThanOrEqual(3);
		for (const kind of roles.timeline)
			expect(contrast(get(kind), get('--bg')), kind).toBeGreaterThanOrEqual(4.5);
	});

	it('differs between the schemes (the dark one is really dark)', () => {
		const bg = luminance(get('--bg'));
		if (scheme === 'dark') expect(bg).toBeLessThan(0.05);
		else expect(bg).toBeGreaterThan(0.9);
	});
});

describe('the palette as theme.css declares it', () => {
	it('has the deck override the page, and dark override light', () => {
		const page = paletteOf(css, 'page', 'light');
		const deck = paletteOf(css, 'deck', 'light');
		const dark = paletteOf(css, 'page', 'dark');
		expect(deck.get('--text')).toBe('#000000');
		expect(page.get('--text')).not.toBe(deck.get('--text'));
		// A token the deck does not set is the page's.
		expect(deck.get('--mark-target')).toBe(page.get('--mark-target'));
		expect(dark.get('--bg')).not.toBe(page.get('--bg'));
	});
});

describe('PowerPoint files', () => {
	const light = paletteOf(css, 'page', 'light');
	const hex = (name: string) => token(light, name).slice(1).toUpperCase();

	it('use the page’s light colours for words and bars', () => {
		expect(COLOR).toEqual({ text: hex('--text'), muted: hex('--muted'), line: hex('--line') });
		expect(BAR_COLOR.actual).toBe(hex('--mark'));
		expect(BAR_COLOR.cumulative).toBe(hex('--mark'));
		expect(BAR_COLOR.partial).toBe(hex('--mark-partial'));
		expect(BAR_COLOR.target).toBe(hex('--mark-target'));
		expect(BAR_COLOR.derived).toBe(hex('--mark-derived'));
	});

	it('draw an estimate in a lighter tone of the result’s, still 3:1 against white', () => {
		const estimate = `#${BAR_COLOR.estimate}`;
		expect(estimate).not.toBe(`#${BAR_COLOR.actual}`);
		expect(contrast(estimate, '#ffffff')).toBeGreaterThanOrEqual(3);
	});
});

it('contrast() agrees with WCAG’s reference values', () => {
	expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
	expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
