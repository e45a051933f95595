/**
 * The data package the build writes (/data/datapackage.json, and in /vi/data/ and /lo/data/),
 * checked by frictionlessdata's own JavaScript library: the descriptor against its profile, every
 * row of every resource cast to its schema, every foreign key resolved; and the rows round-trip.
 */
import { Package, type Resource } from 'datapackage';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/validate';
import { readData } from '../unit/helpers';
import { chartSpecs } from '../../src/lib/charts/spec/specs';

const FORMULA_START = /^[=+\-@\t\r]/;
const dataset = loadDataset(readData());
const raw = (name: string) =>
	parse(readFileSync(`data/${name}.csv`, 'utf8'), { bom: true, columns: true }) as Record<
		string,
		string
	>[];

async function readAll(resource: Resource) {
	return resource.read({ keyed: true, cast: true, relations: true });
}

/** What a cell of the record holds once cast: empty is missing, numbers are numbers. */
const expectedCell = (value: string | undefined, type: string) =>
	value === undefined || value === '' ? null : type === 'number' ? Number(value) : value;

describe.each(['data', 'vi/data', 'lo/data'])('build/%s/datapackage.json', { timeout: 60_000 }, (dir) => {
	const path = join('build', dir);

	it('is a valid Tabular Data Package whose every row casts and every key resolves', async () => {
		const pkg = await Package.load(join(path, 'datapackage.json'));
		expect(pkg.errors.map(String)).toEqual([]);
		expect(pkg.valid).toBe(true);
		const names = pkg.resources.map((r) => r.name);
		expect(names.slice(0, 5)).toEqual(['sources', 'figures', 'groups', 'incomplete', 'milestones']);
		// One table per chart, named by the chart's id, the same as its embed page.
		expect(names.slice(5).sort()).toEqual(chartSpecs.map((s) => s.id).sort());
		for (const resource of pkg.resources) {
			expect(resource.tabular, resource.name).toBe(true);
			const rows = await readAll(resource);
			expect(rows.length, resource.name).toBeGreaterThan(0);
		}
	});

	it('holds the record as data/ does, row for row', async () => {
		const pkg = await Package.load(join(path, 'datapackage.json'));
		for (const name of ['sources', 'figures', 'groups', 'incomplete', 'milestones']) {
			const resource = pkg.resources.find((r) => r.name === name)!;
			const fields = resource.descriptor.schema!.fields;
			const rows = await resource.read({ keyed: true, cast: true });
			const expected = raw(name).map((row) =>
				Object.fromEntries(fields.map((f) => [f.name, expectedCell(row[f.name], f.type)]))
			);
			expect(rows, name).toEqual(expected);
		}
		expect((await pkg.resources[1]!.read({})).length).toBe(dataset.figures.length);
	});

	it('gives each chart’s CSV the same rows as its JSON', async () => {
		const pkg = await Package.load(join(path, 'datapackage.json'));
		for (const resource of pkg.resources.slice(5)) {
			const rows = await resource.read({ cast: true });
			const json = JSON.parse(readFileSync(join(path, `${resource.name}.json`), 'utf8')) as {
				rows: Record<string, string | number>[];
			};
			expect(rows, resource.name).toEqual(json.rows.map((row) => Object.values(row)));
		}
	});

	it('guards every text cell against formulas, in every table', async () => {
		const pkg = await Package.load(join(path, 'datapackage.json'));
		for (const resource of pkg.resources) {
			const fields = resource.descriptor.schema!.fields;
			for (const row of await resource.read({ cast: false }))
				row.forEach((cell, i) => {
					if (fields[i]?.type === 'string')
						expect(FORMULA_START.test(String(cell)), `${resource.name}: ${String(cell)}`).toBe(false);
				});
		}
	});
});

describe('the validator', () => {
	it('fails a package whose figure names a source that is not there', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
		const descriptor = JSON.parse(readFileSync('build/data/datapackage.json', 'utf8')) as {
			resources: { name: string }[];
		};
		descriptor.resources = descriptor.resources.filter((r) =>
			['sources', 'figures'].includes(r.name)
		);
		writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
		writeFileSync(join(dir, 'sources.csv'), readFileSync('build/data/sources.csv'));
		const figures = readFileSync('build/data/figures.csv', 'utf8').split('\r\n');
		figures[1] = figures[1]!.replace(/,(dangcongsan-2024),/, ',no-such-source,');
		expect(figures[1]).toContain('no-such-source');
		writeFileSync(join(dir, 'figures.csv'), figures.join('\r\n'));
		const pkg = await Package.load(join(dir, 'datapackage.json'));
		expect(pkg.valid).toBe(true);
		await expect(readAll(pkg.resources[1]!)).rejects.toThrow(/foreign key/i);
	});
});
