import { describe, expect, it } from 'vitest';
import { deckSlide, nativeBars } from '../../../src/lib/export/deck';
import type { ExportData } from '../../../src/lib/export/export-data';
import { buildDeck } from '../../../src/lib/export/pptx';
import { readPptx } from './read-pptx';

const row = (label: string, value: number, as_written: string, status: string, quote: string) => ({
	label,
	value,
	unit: 'USD',
	as_written,
	status,
	source: 'Communist Party of Vietnam',
	quote
});

const base = { years: [2024], columns: [], sourceLine: 'Source: Communist Party of Vietnam' };

const investment: ExportData = {
	...base,
	slug: 'investment-capital',
	title: 'Vietnamese investment capital in Laos, to date',
	subtitle: 'Registered and realized capital, US dollars',
	bars: true,
	rows: [
		row(
			'Registered capital',
			5_500_000_000,
			'more than 5.5 billion USD',
			'To date',
			'with a total investment capital of more than 5.5 billion USD'
		),
		row(
			'Realized capital',
			2_800_000_000,
			'2.8 billion USD',
			'To date',
			'with accumulated realized capital reaching 2.8 billion USD'
		)
	]
};

const trade: ExportData = {
	...base,
	slug: 'trade-turnover',
	title: 'Trade turnover between Vietnam and Laos',
	subtitle: 'Two-way trade, US dollars',
	bars: true,
	rows: [
		row(
			'2023',
			1_600_000_000,
			'1.6 billion USD',
			'Result',
			'trade turnover in 2023 reached 1.6 billion USD'
		),
		row(
			'Jan – Aug 2024 (part of a year)',
			1_300_000_000,
			'about 1.3 billion USD',
			'Part of a year',
			'the trade turnover between the two countries reached about 1.3 billion USD'
		)
	]
};

const energy: ExportData = {
	...base,
	slug: 'energy-targets',
	title: 'Electricity Vietnam plans to import from Laos',
	subtitle: 'Import targets, megawatts (MW)',
	bars: true,
	rows: [
		{ ...row('Target for 2025', 3000, 'about 3,000 MW', 'Target', 'about 3,000 MW'), unit: 'MW' },
		{ ...row('Target for 2030', 5000, 'about 5,000 MW', 'Target', '5,000 MW by 2030'), unit: 'MW' },
		{
			...row('Step 2025 → 2030 (derived)', 2000, 'about 2,000 MW', 'Derived', 'later − earlier'),
			unit: 'MW',
			source: 'Derived (computed by the dashboard)',
			start: 3000
		}
	]
};

const education: ExportData = {
	...base,
	slug: 'education',
	title: 'Lao students and scholarships in Vietnam',
	subtitle: 'Counts',
	rows: [
		{
			...row(
				'Lao students, to date',
				14000,
				'more than 14,000',
				'To date',
				'more than 14,000 Lao students'
			),
			unit: 'count'
		}
	]
};

/** A 1×1 PNG: node has no canvas, and the writer only needs real PNG bytes. */
const PIXEL =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const options = {
	title: 'Vietnam–Laos Cooperation Dashboard',
	subtitle: 'Charts of the published figures',
	dateLine: 'Exported on May 12, 2026 from the dashboard.',
	asOf: 'Figures as of Dec 2025'
};

async function deck(...data: ExportData[]) {
	const slides = data.map((d) =>
		deckSlide(d, { dataUrl: PIXEL, width: 400, height: 300, altText: `${d.title} picture` })
	);
	return readPptx(await (await buildDeck(slides, options)).arrayBuffer());
}

describe('deck slides from export data', () => {
	it('draws a bar chart natively, each bar labelled with its qualified value', () => {
		const chart = nativeBars(trade);
		expect(chart?.bars.map((b) => b.label)).toEqual([
			'2023: 1.6 billion USD',
			'Jan – Aug 2024 (part of a year): about 1.3 billion USD'
		]);
		expect(chart?.bars.map((b) => b.kind)).toEqual(['actual', 'partial']);
	});

	it('leaves a floating step out of the native chart and says it beside the chart', () => {
		const chart = nativeBars(energy);
		expect(chart?.bars.map((b) => b.value)).toEqual([3000, 5000]);
		expect(chart?.aside).toEqual([
			'Not drawn as a bar: Step 2025 → 2030 (derived), about 2,000 MW.'
		]);
	});

	it('puts a chart that is not a bar chart, or mixes units, in as a picture', () => {
		expect(nativeBars(education)).toBeUndefined();
		const mixed = { ...trade, rows: [...trade.rows, { ...trade.rows[0], unit: 'MW' }] };
		expect(nativeBars(mixed)).toBeUndefined();
		expect(() => deckSlide(education)).toThrow(/No picture/);
	});
});

describe('the .pptx file', () => {
	it('has a title slide and one slide per chart, each with its title and source footnote', async () => {
		const slides = await deck(trade, investment, education);
		expect(slides).toHaveLength(4);
		expect(slides[0]?.text).toContain(options.title);
		expect(slides[0]?.text).toContain(options.dateLine);
		expect(slides[0]?.text).toContain('Figures as of Dec 2025');
		[trade, investment, education].forEach((d, i) => {
			const text = slides[i + 1]?.text ?? '';
			expect(text.split('\n')[0]).toBe(d.title);
			expect(text).toContain(d.subtitle);
			expect(text).toContain('Source: Communist Party of Vietnam');
		});
	});

	it('draws bar charts as native charts holding the values and the qualified labels', async () => {
		const [, tradeSlide, investmentSlide] = await deck(trade, investment);
		const chart = investmentSlide?.charts[0] ?? '';
		expect(investmentSlide?.charts).toHaveLength(1);
		expect(chart).toContain('<c:barChart>');
		expect(chart).toContain('<c:v>5500000000</c:v>');
		expect(chart).toContain('<c:v>2800000000</c:v>');
		expect(chart).toContain('Registered capital: more than 5.5 billion USD');
		expect(tradeSlide?.charts[0]).toContain(
			'Jan – Aug 2024 (part of a year): about 1.3 billion USD'
		);
		expect(tradeSlide?.images).toEqual([]);
	});

	it('puts the picture of a chart that is no bar chart into its slide', async () => {
		const [, educationSlide] = await deck(education);
		expect(educationSlide?.charts).toEqual([]);
		expect(educationSlide?.images).toHaveLength(1);
		expect(educationSlide?.images[0]).toMatch(/\.png$/);
	});

	it('says a step the native chart leaves out on the slide and in the notes', async () => {
		const [, energySlide] = await deck(energy);
		expect(energySlide?.charts[0]).not.toContain('Step 2025');
		expect(energySlide?.text).toContain(
			'Not drawn as a bar: Step 2025 → 2030 (derived), about 2,000 MW.'
		);
		expect(energySlide?.notes).toContain(
			'Step 2025 → 2030 (derived): about 2,000 MW (Derived) — Derived (computed by the dashboard): later − earlier'
		);
	});

	it('gives every chart speaker notes with each figure, its qualifier, status, source and quote', async () => {
		const [, tradeSlide, investmentSlide] = await deck(trade, investment);
		expect(tradeSlide?.notes).toContain(
			'Jan – Aug 2024 (part of a year): about 1.3 billion USD (Part of a year) — Communist Party of Vietnam: “the trade turnover between the two countries reached about 1.3 billion USD”'
		);
		expect(investmentSlide?.notes).toContain(
			'Registered capital: more than 5.5 billion USD (To date) — Communist Party of Vietnam: “with a total investment capital of more than 5.5 billion USD”'
		);
	});
});
