/**
 * `npm run check:data [dir]`: validates data/*.csv (or the files in `dir`) without building,
 * printing every problem as `file:line: column: reason`. Exits 1 if there is any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deriveFigures, deriveTourism } from '../src/lib/data/derived';
import { anchorFigures } from '../src/lib/data/groups';
import { DataError, formatIssue } from '../src/lib/data/issues';
import { loadTranslations, translatableCells } from '../src/lib/data/translations';
import { validateData, type DataPaths, type DataTexts } from '../src/lib/data/validate';

const dir = process.argv[2] ?? 'data';
const names = {
	sources: 'sources.csv',
	figures: 'figures.csv',
	milestones: 'milestones.csv',
	groups: 'groups.csv',
	incomplete: 'incomplete.csv'
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
		groups: readFileSync(paths.groups, 'utf8'),
		...(existsSync(paths.incomplete) ? { incomplete: readFileSync(paths.incomplete, 'utf8') } : {})
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
// Each language's translations of the data's own words: bad rows fail, missing ones are listed.
const translationsDir = join(dir, 'translations');
const languages = existsSync(translationsDir)
	? readdirSync(translationsDir).filter((name) => name.endsWith('.csv'))
	: [];
for (const name of languages) {
	const path = relative('.', join(translationsDir, name));
	try {
		const translations = loadTranslations(readFileSync(path, 'utf8'), path, dataset);
		const missing = translatableCells(dataset).filter((key) => !translations.has(key));
		if (missing.length) console.warn(`${path}: no translation yet for ${missing.join(', ')}`);
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		for (const issue of error.issues) console.error(formatIssue(issue));
		process.exit(1);
	}
}

const derived = [...deriveFigures(anchorFigures(dataset)), ...deriveTourism(dataset.figures)];
console.log(
	`${dir}/ is valid: ${dataset.sources.length} sources, ${dataset.figures.length} figures ` +
		`(${derived.length} derived), ${dataset.milestones.length} milestones, ` +
		`${dataset.groups.length} groups of figures that state the same fact, ` +
		`${dataset.incomplete.length} figure(s) incomplete in the source` +
		(languages.length ? `; translations: ${languages.join(', ')}.` : '.')
);
