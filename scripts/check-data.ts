/**
 * `npm run check:data [dir]`: validates data/*.csv (or the four files in `dir`) without building,
 * printing every problem as `file:line: column: reason`. Exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deriveFigures } from '../src/lib/data/derived';
import { anchorFigures } from '../src/lib/data/groups';
import { formatIssue } from '../src/lib/data/issues';
import { validateData, type DataPaths, type DataTexts } from '../src/lib/data/validate';

const dir = process.argv[2] ?? 'data';
const names = {
	sources: 'sources.csv',
	figures: 'figures.csv',
	milestones: 'milestones.csv',
	groups: 'groups.csv'
};
const paths = Object.fromEntries(
	Object.entries(names).map(([key, name]) => [key, relative('.', join(dir, name))])
) as DataPaths;

let texts: DataTexts;
try {
	texts = {
		sources: readFileSync(paths.sources, 'utf8'),
		figures: readFileSync(paths.figures, 'utf8'),
		milestones: readFileSync(paths.milestones, 'utf8'),
		groups: readFileSync(paths.groups, 'utf8')
	};
} catch (error) {
	console.error(`check:data: ${(error as Error).message}`);
	process.exit(1);
}

const { dataset, issues } = validateData(texts, paths);
if (issues.length) {
	for (const issue of issues) console.error(formatIssue(issue));
	console.error(`\n${issues.length} problem(s) in ${dir}/`);
	process.exit(1);
}
const derived = deriveFigures(anchorFigures(dataset));
console.log(
	`${dir}/ is valid: ${dataset.sources.length} sources, ${dataset.figures.length} figures ` +
		`(${derived.length} derived), ${dataset.milestones.length} milestones, ` +
		`${dataset.groups.length} groups of figures that state the same fact.`
);
