import { describe, expect, it } from 'vitest';
import { layoutBars, NARROWEST, placeValue } from '../../../src/lib/charts/bar-layout';
import type { ChartRow } from '../../../src/lib/charts/rows';
import { laoSyllables, textWidth, wrapText } from '../../../src/lib/format/text-width';

function row(key: string, value: number, valueText: string, label = key): ChartRow {
	return {
		key,
		label,
		value,
		unit: 'USD',
		qualifier: 'exact',
		kind: 'actual',
		valueText,
		period: '2023',
		figureId: key
	};
}

const percent = (max: number) => (v: number) => (v / max) * 100;

describe('text width estimate', () => {
	it('grows with the text, the size and the weight', () => {
		expect(textWidth('1.6 billion USD', 14)).toBeGreaterThan(textWidth('1.6 billion', 14));
		expect(textWidth('256', 28)).toBeCloseTo(2 * textWidth('256', 14));
		expect(textWidth('Realized', 14, true)).toBeGreaterThan(textWidth('Realized', 14));
	});

	it('errs on the wide side for a typical label (Noto Sans 14 px: about 7 px a character)', () => {
		const text = 'more than 5.5 billion USD';
		expect(textWidth(text, 14) / text.length).toBeGreaterThan(6.5);
	});

	it('wraps at spaces so every line fits, and keeps a too-long word whole', () => {
		const lines = wrapText('Newly licensed, Jan – Jul 2024 (part of a year)', 200, 14, true);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Newly licensed, Jan – Jul 2024 (part of a year)');
		for (const line of lines) expect(textWidth(line, 14, true)).toBeLessThanOrEqual(200);
		expect(wrapText('Supercalifragilistic', 20, 14)).toEqual(['Supercalifragilistic']);
	});

	it('wraps Lao at its spaces, and a run too long for a line between letters with their marks', () => {
		expect(wrapText('ມູນຄ່າການຄ້າ ລະຫວ່າງຫວຽດນາມ', 120, 14)).toEqual(['ມູນຄ່າການຄ້າ', 'ລະຫວ່າງຫວຽດນາມ']);
		const run = 'ມູນຄ່າການຄ້າລະຫວ່າງຫວຽດນາມແລະລາວ';
		const lines = wrapText(run, 90, 14);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(run);
		for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(90);
		// A tone mark stays on its consonant: no line starts with a mark.
		for (const line of lines) expect(line).not.toMatch(/^[\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD]/);
	});

	it('breaks a run of Lao where a syllable may begin, never inside one', () => {
		expect(laoSyllables('ການຮ່ວມມື')).toEqual(['ການ', 'ຮ່ວມ', 'ມື']);
		expect(laoSyllables('ການຢ້ຽມຢາມລັດຖະກິດ')).toEqual(['ການ', 'ຢ້ຽມ', 'ຢາມ', 'ລັດ', 'ຖະ', 'ກິດ']);
		expect(laoSyllables('ລະຫວ່າງຫວຽດນາມ')).toEqual(['ລະ', 'ຫວ່າງ', 'ຫວຽດ', 'ນາມ']);
		expect(laoSyllables('ເຫດການໂຕເລີມ')).toEqual(['ເຫດ', 'ການ', 'ໂຕ', 'ເລີມ']);
		// An abbreviation without vowels has nowhere to break.
		expect(laoSyllables('ສປປ')).toEqual(['ສປປ']);
		// A timeline label wrapped narrow on a phone: "ການຮ່ວ / ມມື" before.
		expect(wrapText('ຍຸດທະສາດການຮ່ວມມື 2021–2030', 63, 12)).toEqual([
			'ຍຸດທະສາດ',
			'ການຮ່ວມມື',
			'2021–2030'
		]);
	});

	it('gives Lao vowel and tone marks no width of their own', () => {
		expect(textWidth('ກໍ່', 10)).toBeCloseTo(textWidth('ກ', 10));
	});
});

describe('value label placement', () => {
	it('goes after a short bar, inside a long one, and below when neither has room', () => {
		expect(placeValue(0, 100, 80, 400)).toBe('outside');
		expect(placeValue(0, 380, 80, 400)).toBe('inside');
		expect(placeValue(0, 150, 150, 250)).toBe('below');
	});

	it('never sets text on a hatched (part-year) bar', () => {
		expect(placeValue(0, 380, 80, 400, false)).toBe('below');
	});

	it('never lets an outside label run past the chart’s edge', () => {
		for (const end of [0, 50, 100, 150, 200, 250]) {
			const place = placeValue(0, end, 120, 250);
			if (place === 'outside') expect(end + 8 + 120).toBeLessThanOrEqual(250);
		}
	});
});

describe('bar layout', () => {
	const rows = [
		row('a', 5.5e9, 'more than 5.5 billion USD', 'Registered capital'),
		row('b', 2.8e9, '2.8 billion USD', 'Realized capital')
	];

	it('keeps the same height at every width, so nothing moves when the width becomes known', () => {
		const heights = [0, NARROWEST, 320, 800, 1920].map(
			(w) => layoutBars(rows, percent(5.5e9), w).height
		);
		expect(new Set(heights).size).toBe(1);
	});

	it('lays out for the narrowest chart before the width is known (on the server)', () => {
		expect(layoutBars(rows, percent(5.5e9), 0)).toEqual(
			layoutBars(rows, percent(5.5e9), NARROWEST)
		);
	});

	it('as a picture keeps no room for a narrower screen: a label on one line, its value beside', () => {
		const long = [
			row(
				'a',
				5.5e9,
				'more than 5.5 billion USD',
				'Wood and wood products, up 62.2% on a year earlier'
			),
			row('b', 0.2e9, '0.2 billion USD', 'Ores and minerals')
		];
		const page = layoutBars(long, percent(5.5e9), 1200);
		const picture = layoutBars(long, percent(5.5e9), 1200, 1200);
		expect(picture.rows.map((r) => r.labelLines.length)).toEqual([1, 1]);
		expect(picture.height).toBeLessThan(page.height);
		// At its width the picture is the page's layout less the room kept: the same words, closer.
		expect(picture.rows.map((r) => [r.labelLines, r.place])).toEqual(
			page.rows.map((r) => [r.labelLines, r.place])
		);
		// Never less room than its own width needs.
		expect(layoutBars(long, percent(5.5e9), 300, 300).height).toBeGreaterThan(picture.height);
	});

	it('puts rows one under another without overlap, each label above its bar', () => {
		const { rows: laid, height } = layoutBars(rows, percent(5.5e9), 800);
		const [first, second] = laid;
		expect(first && second).toBeTruthy();
		if (!first || !second) return;
		expect(first.labelY).toBeLessThan(first.barY);
		expect(second.labelY - 14).toBeGreaterThan(first.barY + first.barHeight);
		expect(second.barY + second.barHeight).toBeLessThanOrEqual(height);
	});

	it('draws bars in percent of the width: the largest value fills it, a floating bar starts late', () => {
		const floating = { ...row('s', 5000, 'about 2,000 MW'), start: 3000 };
		const [bar] = layoutBars([floating], percent(5000), 800).rows;
		expect(bar?.barStart).toBeCloseTo(60);
		expect(bar?.barEnd).toBe(100);
	});
});

describe('a value under its bar', () => {
	it('starts under the bar, or ends under it when starting there would run off the chart', () => {
		const late = { ...row('s', 5000, 'about 2,000 MW, a long label'), start: 3000 };
		const [bar] = layoutBars([late], percent(5000), NARROWEST).rows;
		expect(bar?.place).toBe('below');
		expect(bar?.belowAt).toBe('end');
		const [early] = layoutBars(
			[row('e', 5000, 'about 5,000 MW, a long label')],
			percent(5000),
			NARROWEST
		).rows;
		expect(early?.belowAt).toBe('start');
	});
});

describe('rows of one report under its heading', () => {
	const grouped = (key: string, heading: string, short: string) => ({
		...row(key, 10, '10 USD', `${heading}, ${short}`),
		group: { heading, label: short }
	});
	const goods = [
		grouped('a', 'Jan – Jul 2025 (part of a year)', 'chemical products'),
		grouped('b', 'Jan – Jul 2025 (part of a year)', 'fertiliser'),
		grouped('c', 'Jan – Mar 2025 (part of a year)', 'chemical products')
	];

	it('draws each heading once, above its first row, and names the rows by their short label', () => {
		const { rows: laid, headings } = layoutBars(goods, percent(10), 800);
		expect(headings.map((h) => [h.key, h.lines.join(' ')])).toEqual([
			['a', 'Jan – Jul 2025 (part of a year)'],
			['c', 'Jan – Mar 2025 (part of a year)']
		]);
		expect(laid.map((r) => r.labelLines.join(' '))).toEqual([
			'chemical products',
			'fertiliser',
			'chemical products'
		]);
		const [first, , third] = laid;
		const [, second] = headings;
		if (!first || !third || !second) throw new Error('missing rows');
		expect(headings[0]!.y).toBeLessThan(first.labelY - 14);
		expect(second.y).toBeGreaterThan(laid[1]!.barY + laid[1]!.barHeight);
		expect(second.y).toBeLessThan(third.labelY - 14);
	});

	it('keeps the same height at every width', () => {
		const heights = [0, NARROWEST, 800].map((w) => layoutBars(goods, percent(10), w).height);
		expect(new Set(heights).size).toBe(1);
	});
});
