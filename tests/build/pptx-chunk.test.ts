/**
 * pptxgenjs (with jszip, ~370 kB) must cost a page nothing until a reader asks for a deck: no
 * module a page loads at start (scripts/initial-js.mjs) imports it statically.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts } from '../../scripts/initial-js.mjs';

const build = 'build';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

const read = (file: string) => readFileSync(file, 'utf8');
describe.skipIf(!existsSync(build))('the PowerPoint writer in build/', () => {
	const chunks = existsSync(build) ? files(join(build, '_app')).filter((f) => f.endsWith('.js')) : [];
	const pptx = chunks.filter((f) => read(f).includes('PptxGenJS'));
	const pages = existsSync(build) ? files(build).filter((f) => f.endsWith('.html')) : [];

	it('is a chunk of its own that another chunk imports dynamically', () => {
		expect(pptx).toHaveLength(1);
		const name = posix.basename(pptx[0] ?? '');
		const dynamic = new RegExp(`import\\(\\s*["'\`]\\./${name.replace('.', '\\.')}["'\`]`);
		expect(chunks.filter((f) => dynamic.test(read(f)))).not.toHaveLength(0);
	});

	it('is not among the scripts any page runs at start', () => {
		expect(pages.length).toBeGreaterThan(8);
		for (const page of pages) {
			const loaded = initialScripts(build, relative(build, page).replace(/\.html$/, '')).map(
				(file) => join(build, file)
			);
			// /sources and its topics' pages, /targets and /data ship no JavaScript at all (csr = false);
			// every other page starts some.
			if (!/(sources(\/[a-z]+)?|targets|data)\.html$/.test(page))
				expect(loaded.length, page).toBeGreaterThan(1);
			expect(loaded.filter((f) => pptx.includes(f)), page).toEqual([]);
			for (const file of loaded) expect(read(file), file).not.toContain('JSZip');
		}
	});
});
