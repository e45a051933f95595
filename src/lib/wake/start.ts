import { createHash } from 'node:crypto';
import { awaitFirstMove } from './first-move';
import { fetchPageData } from './page-data';

/** SvelteKit's bootstrap in a prerendered page: `import("…/entry/start.<hash>.js").then(`. */
const START = /import\(("[^"]+\/entry\/start\.[\w-]+\.js")\)\.then\(/;
/** The server data it hydrates with, on one line of its own (strings have their newlines escaped). */
const DATA = /(\n[ \t]*)data: (.+),(\n[ \t]*form: )/;
const SCRIPT = /<script>([^]*?)<\/script>/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A page's script starts at the reader's first move, not as it loads (first-move.ts): its HTML
 * draws it whole, and building it in the browser kept a phone busy several times longer than
 * showing it. Rewrites SvelteKit's bootstrap to wait, and the Content Security Policy's hash of
 * it (prerendered pages only: a page rendered as it is asked for sends its policy as a header,
 * which this cannot rewrite). Its modules are not fetched ahead either: Lighthouse counted
 * 0.4–0.5 s more main-thread work on /trade for prefetching its 39.
 *
 * The server data the page hydrates with leaves the HTML too: it is fetched at the first move
 * from the page's `__data.json` (`dataAddress`), which SvelteKit writes for its router, and
 * decoded as the app starts (page-data.ts). Written into the bootstrap, it made /trade's HTML
 * twice as long (246 KB of 572), and Lighthouse counted its parsing: 0.3 s later on the first
 * paint and 0.45 s more main-thread work.
 *
 * A page without a script is returned as it is; one whose bootstrap is not as expected fails the
 * build, so an upgrade of SvelteKit cannot quietly undo this.
 */
export function startAtFirstMove(html: string, dataAddress: string): string {
	const hashes: [string, string][] = [];
	const rewritten = html.replace(SCRIPT, (whole, body: string) => {
		if (!body.includes('kit.start(')) return whole;
		const data = DATA.exec(body)?.[2];
		if (!START.test(body) || data === undefined) {
			throw new Error('startAtFirstMove: SvelteKit’s bootstrap has changed');
		}
		// A page with no server data (the 404 page) has no `__data.json` either.
		const fetched = data.includes('type:"data"');
		const ask = fetched ? `(${fetchPageData.toString()})(${JSON.stringify(dataAddress)}), ` : '';
		const waiting = body
			.replace(
				START,
				(_, start: string) =>
					`(${awaitFirstMove.toString()})().then(() => (${ask}import(${start}))).then(`
			)
			.replace(DATA, (whole, before: string, _, after: string) =>
				fetched ? `${before}get data() { return window.__pageData.nodes; },${after}` : whole
			);
		hashes.push([sha256(body), sha256(waiting)]);
		return `<script>${waiting}</script>`;
	});
	return hashes.reduce((page, [before, after]) => page.replace(before, after), rewritten);
}
