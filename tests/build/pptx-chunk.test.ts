/**
 * pptxgenjs (with jszip, ~370 kB) must cost a page nothing until a reader asks for a deck: no
 * page's HTML preloads it and no module a page loads at start imports it statically.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const build = 'build';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

const read = (file: string) => readFileSync(file, 'utf8');
/** "/_app/immutable/x.js" as a path in build/. */
const fromUrl = (url: string) => join(build, url.replace(/^\//, ''));

/** The modules a page loads at start: preloaded, or imported by its start-up script. */
function pageRoots(html: string): string[] {
	const preloads = [...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)];
	const starts = [...html.matchAll(/import\("([^"]+\.js)"\)/g)];
	return [...preloads, ...starts].map((m) => fromUrl(m[1] ?? ''));
}

/** A module and everything it imports statically (a dynamic `import(…)` waits for use). */
function staticClosure(roots: string[]): Set<string> {
	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length) {
		const file = queue.pop() as string;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		for (const m of read(file).matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
			queue.push(join(dirname(file), posix.normalize(m[1] ?? '')));
		}
	}
	return seen;
}

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

	it('is neither preloaded nor statically imported by any page', () => {
		expect(pages.length).toBeGreaterThan(8);
		for (const page of pages) {
			const roots = pageRoots(read(page));
			// /sources ships no JavaScript at all (csr = false); every other page starts some.
			if (!page.endsWith('sources.html')) expect(roots.length, page).toBeGreaterThan(0);
			const loaded = staticClosure(roots);
			expect([...loaded].filter((f) => pptx.includes(f)), page).toEqual([]);
			for (const file of loaded) expect(read(file), file).not.toContain('JSZip');
		}
	});
});
