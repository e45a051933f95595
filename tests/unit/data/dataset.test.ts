import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/validate';
import { readData } from '../helpers';

const dataset = loadDataset(readData());
const seedsDir = process.env.SEEDS_DIR ?? '../shared/seeds';
/** The public record, in two files: the first gathering and the rows published since 2024. */
const recordFiles = (
	process.env.PUBLIC_RECORD ??
	'../shared/sources/public-figures.md,../shared/sources/public-figures-2.md'
).split(',');
const recordText = () => recordFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
/** Outside CI a checkout without shared/ skips the word-for-word checks; CI always runs them. */
const ciOr = (present: boolean) => Boolean(process.env.CI) || present;
const haveRecord = ciOr(recordFiles.every((file) => existsSync(file)));
/** Sources of the public record: every source without a stored seed copy. */
const recordSources = new Set(dataset.sources.filter((s) => !s.seed_file).map((s) => s.id));

/** Quotes are compared with spacing and quote marks made uniform, as a reader would. */
function normalise(text: string): string {
	return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

describe('the data in data/', () => {
	it('is valid', () => {
		expect(dataset.figures.length).toBeGreaterThan(0);
		expect(dataset.milestones.length).toBeGreaterThan(0);
	});

	it.skipIf(!ciOr(existsSync(seedsDir)))(
		'quotes every figure and milestone word for word from its seed article',
		() => {
			const seeds = new Map(dataset.sources.map((s) => [s.id, s.seed_file]));
			const missing: string[] = [];
			for (const row of [...dataset.figures, ...dataset.milestones]) {
				const file = seeds.get(row.source);
				if (!file) continue;
				const text = normalise(readFileSync(`${seedsDir}/${file}`, 'utf8'));
				if (!text.includes(normalise(row.quote))) missing.push(`${row.id}: ${row.quote}`);
			}
			expect(missing).toEqual([]);
		}
	);

	it.skipIf(!haveRecord)(
		'quotes every public-record figure word for word from the public record',
		() => {
			const text = normalise(recordText());
			const missing = [...dataset.figures, ...dataset.incomplete]
				.filter((f) => recordSources.has(f.source))
				.filter((f) => !text.includes(normalise(f.quote)))
				.map((f) => `${f.id}: ${f.quote}`);
			expect(missing).toEqual([]);
		}
	);

	it.skipIf(!haveRecord)(
		'gives every public-record source the address the public record gives, unchanged',
		() => {
			const text = recordText();
			const record = dataset.sources.filter((s) => recordSources.has(s.id));
			expect(record.length).toBeGreaterThan(50);
			expect(record.filter((s) => !s.url || !text.includes(s.url)).map((s) => s.id)).toEqual([]);
		}
	);

	it('states every headline figure of the seed articles with its qualifier', () => {
		const byId = new Map(dataset.figures.map((f) => [f.id, f]));
		const expectations: [string, number, string, string][] = [
			['trade-turnover-2023', 1.6e9, 'exact', 'actual'],
			['trade-turnover-2024-jan-aug', 1.3e9, 'about', 'partial'],
			['investment-projects-to-date', 256, 'exact', 'cumulative'],
			['investment-capital-registered-to-date', 5.5e9, 'more_than', 'cumulative'],
			['investment-capital-realized-to-date', 2.8e9, 'exact', 'cumulative'],
			['investment-new-projects-2024-jan-jul', 6, 'exact', 'partial'],
			['investment-new-capital-2024-jan-jul', 36.7e6, 'exact', 'partial'],
			['investment-new-capital-change-2024-jan-jul', 39, 'exact', 'partial'],
			['investment-projects-handed-over', 4, 'exact', 'cumulative'],
			['education-scholarships-per-year', 1000, 'more_than', 'actual'],
			['education-lao-students-to-date', 14000, 'more_than', 'cumulative'],
			['education-institutions-to-date', 170, 'more_than', 'cumulative'],
			['energy-import-target-2025', 3000, 'about', 'target'],
			['energy-import-target-2030', 5000, 'about', 'target'],
			['border-length', 2069, 'exact', 'actual']
		];
		for (const [id, value, qualifier, status] of expectations) {
			expect(byId.get(id), id).toMatchObject({ value, qualifier, status });
		}
	});

	it('dates the treaty, diplomatic relations and the founding of the Lao PDR', () => {
		const dates = new Map(dataset.milestones.map((m) => [m.id, m.date]));
		expect(dates.get('friendship-treaty')).toBe('1977-07-18');
		expect(dates.get('diplomatic-relations')).toBe('1962-09-05');
		expect(dates.get('lao-pdr-founded')).toBe('1975-12-02');
		expect(dates.get('cpv-founded')).toBe('1930-02-03');
	});

	it('never invents an address or a date for a seed source', () => {
		for (const source of dataset.sources.filter((s) => s.seed_file)) {
			// None of the stored seed copies shows an address; only the Vientiane Times shows a date.
			expect(source.url, source.id).toBe('');
		}
		expect(dataset.sources.filter((s) => s.seed_file && s.published).map((s) => s.id)).toEqual([
			'vientiane-times-2022'
		]);
	});
});
