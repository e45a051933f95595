/** What a page costs before anyone clicks: the gzipped size of the scripts its HTML loads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @param {string} build the build folder
 * @param {string} page a page's HTML file name without `.html` (`index`, `trade` …)
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
	let bytes = 0;
	for (const file of files) bytes += gzipSync(readFileSync(join(build, file))).length;
	return { kb: bytes / 1024, files };
}
