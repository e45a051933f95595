/** The palette meets WCAG 2.2 AA in both schemes: text 4.5:1, chart marks 3:1 (non-text contrast). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/lib/theme/theme.css', 'utf8');

/** Custom properties of the light scheme (top-level :root) and of the dark one (inside the media query). */
function tokens(scheme: 'light' | 'dark'): Map<string, string> {
	const map = new Map<string, string>();
	const blocks = css.split('@media screen and (prefers-color-scheme: dark)');
	const source =
		scheme === 'light'
			? blocks.map((b, i) => (i === 0 ? b : b.slice(b.indexOf('}\n}') + 3)))
			: blocks.slice(1);
	for (const block of source) {
		for (const [, name, value] of block.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})/g)) {
			if (name && value) map.set(name, value);
		}
	}
	if (scheme === 'dark') for (const [k, v] of tokens('light')) if (!map.has(k)) map.set(k, v);
	return map;
}

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

describe.each(['light', 'dark'] as const)('the %s scheme', (scheme) => {
	const t = tokens(scheme);
	const get = (name: string) => {
		const value = t.get(name);
		if (!value) throw new Error(`${name} is not defined for ${scheme}`);
		return value;
	};

	it('has text at 4.5:1 or more on the page and on surfaces', () => {
		for (const fg of ['--text', '--muted', '--accent'])
			for (const bg of ['--bg', '--surface'])
				expect(contrast(get(fg), get(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
		expect(
			contrast(get('--mark-text'), get('--mark')),
			'value inside a bar'
		).toBeGreaterThanOrEqual(4.5);
	});

	it('has chart marks at 3:1 or more against the background', () => {
		for (const mark of ['--mark', '--mark-partial', '--mark-target', '--mark-derived'])
			expect(contrast(get(mark), get('--bg')), mark).toBeGreaterThanOrEqual(3);
	});

	it('differs between the schemes (the dark one is really dark)', () => {
		const bg = luminance(get('--bg'));
		if (scheme === 'dark') expect(bg).toBeLessThan(0.05);
		else expect(bg).toBeGreaterThan(0.9);
	});
});

it('contrast() agrees with WCAG’s reference values', () => {
	expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
	expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
