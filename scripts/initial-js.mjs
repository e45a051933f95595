/** What a page costs before anyone clicks: the gzipped size of the scripts its HTML loads, and of
 * the one language's messages its client hook loads before hydrating (loaded-messages.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
 * @param {string} build the build folder
 * @param {string} page a page's HTML file name without `.html` (`index`, `trade`, `vi/trade` …)
 * @returns {{ kb: number, files: string[] }}
 */
export function initialJs(build, page) {
	const html = readFileSync(join(build, `${page}.html`), 'utf8');
	const files = [
		...new Set(
			[...html.matchAll(/(?:href=|import\()\s*"([^"]+\.js)"/g)].map((m) =>
				(m[1] ?? '').replace(/^(?:\.\/|\/)/, '')
			)
		)
	];
	if (files.length) files.push(languageChunk(build, /^(vi|lo)(?:\/|$)/.exec(page)?.[1] ?? 'en'));
	let bytes = 0;
	for (const file of files) bytes += gzipSync(readFileSync(join(build, file))).length;
	return { kb: bytes / 1024, files };
}
