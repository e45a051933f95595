/**
 * What a page costs before anyone clicks: the gzipped size of every script it runs before it is
 * interactive. That is the entry modules its HTML imports, SvelteKit's runtime (which its start
 * entry imports as the page starts, not statically), the modules of its route (`node_ids`),
 * everything those import statically, and the one language's messages the client hook loads
 * before hydrating (loaded-messages.ts). Scripts imported on demand (exporters) do not count.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A module of the build named in a script, as its address or its preload list gives it. */
const buildModule = /"\/?(?:[^"]*\/)?(_app\/immutable\/[^"]+\.js)"/g;
const staticImport = /(?:\bimport|\bexport)\s*(?:[\w{}\s,*$]*?\bfrom\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

/**
 * The chunk of one language's messages: the one holding that language's site title.
 * @param {string} build
 * @param {string} locale
 */
function languageChunk(build, locale) {
	const { site_title: title } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
	const dir = '_app/immutable/chunks';
	const found = readdirSync(join(build, dir)).filter(
		(name) => name.endsWith('.js') && readFileSync(join(build, dir, name), 'utf8').includes(title)
	);
	if (found.length !== 1) throw new Error(`${locale}: ${found.length} chunks hold "${title}"`);
	return `${dir}/${found[0]}`;
}

/**
 * The scripts a page runs before it is interactive, as paths in `build`.
 * @param {string} build the build folder
 * @param {string} page a page's HTML file name without `.html` (`index`, `trade`, `vi/trade` …)
 * @param {{ messages?: boolean }} [options] `messages: false` for a build without the site's
 *   messages (the bench's floor)
 * @returns {string[]}
 */
export function initialScripts(build, page, { messages = true } = {}) {
	const html = readFileSync(join(build, `${page}.html`), 'utf8');
	const entries = [
		...html.matchAll(/import\("\/?(?:[^"]*\/)?(_app\/immutable\/entry\/[^"]+\.js)"\)/g)
	].map((m) => m[1] ?? '');
	// The start entry is a stub: `init` imports SvelteKit's runtime, with the modules it preloads.
	const runtime = entries
		.filter((entry) => /\/entry\/start\.[^/]+\.js$/.test(entry))
		.flatMap((entry) =>
			[...readFileSync(join(build, entry), 'utf8').matchAll(buildModule)].map((m) => m[1] ?? '')
		);
	if (!entries.length) return [];
	const nodesDir = '_app/immutable/nodes';
	const nodeIds =
		/node_ids: \[([\d, ]+)\]/
			.exec(html)?.[1]
			?.split(',')
			.map((id) => id.trim()) ?? [];
	const nodes = nodeIds.map((id) => {
		const name = readdirSync(join(build, nodesDir)).find(
			(n) => n.startsWith(`${id}.`) && n.endsWith('.js')
		);
		if (!name) throw new Error(`${page}: no module for route node ${id}`);
		return `${nodesDir}/${name}`;
	});
	const files = new Set();
	const visit = (/** @type {string} */ file) => {
		if (files.has(file)) return;
		if (!existsSync(join(build, file))) throw new Error(`${page}: ${file} is missing`);
		files.add(file);
		for (const m of readFileSync(join(build, file), 'utf8').matchAll(staticImport)) {
			visit(relative(build, normalize(join(build, dirname(file), m[1] ?? ''))));
		}
	};
	for (const file of [...entries, ...runtime, ...nodes]) visit(file);
	if (messages) files.add(languageChunk(build, /^(vi|lo)(?:\/|$)/.exec(page)?.[1] ?? 'en'));
	return [...files];
}

/**
 * @param {string} build the build folder
 * @param {string} page as for initialScripts
 * @param {{ messages?: boolean }} [options] as for initialScripts
 * @returns {{ kb: number, files: string[] }}
 */
export function initialJs(build, page, options) {
	const files = initialScripts(build, page, options);
	let bytes = 0;
	for (const file of files) bytes += gzipSync(readFileSync(join(build, file))).length;
	return { kb: bytes / 1024, files };
}
