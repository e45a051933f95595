import { existsSync, readFileSync } from 'node:fs';
import type { DataTexts } from '../../src/lib/data/validate';

export function readData(dir = 'data'): DataTexts {
	return {
		sources: readFileSync(`${dir}/sources.csv`, 'utf8'),
		figures: readFileSync(`${dir}/figures.csv`, 'utf8'),
		milestones: readFileSync(`${dir}/milestones.csv`, 'utf8'),
		groups: readFileSync(`${dir}/groups.csv`, 'utf8'),
		...(existsSync(`${dir}/incomplete.csv`)
			? { incomplete: readFileSync(`${dir}/incomplete.csv`, 'utf8') }
			: {})
	};
}
