import { createHash } from 'node:crypto';
import { awaitFirstMove } from './first-move';

/** SvelteKit's bootstrap in a prerendered page: `import("…/entry/start.<hash>.js").then(`. */
const START = /import\(("[^"]+\/entry\/start\.[\w-]+\.js")\)\.then\(/;
const SCRIPT = /<script>([^]*?)<\/script>/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A page's script starts at the reader's first move, not as it loads (first-move.ts): its HTML
 * draws it whole, and building it in the browser kept a phone busy several times longer than
 * showing it. Rewrites SvelteKit's bootstrap to wait, and the Content Security Policy's hash of
 * it (prerendered pages only: a page rendered as it is asked for sends its policy as a header,
 * which this cannot rewrite). Its modules are not fetched ahead either: Lighthouse counted
 * 0.4–0.5 s more main-thread work on /trade for prefetching its 39. A page without a script is
 * returned as it is; one whose bootstrap is not as expected fails the build, so an upgrade of
 * SvelteKit cannot quietly undo this.
 */
export function startAtFirstMove(html: string): string {
	const hashes: [string, string][] = [];
	const rewritten = html.replace(SCRIPT, (whole, body: string) => {
		if (!body.includes('kit.start(')) return whole;
		if (!START.test(body)) throw new Error('startAtFirstMove: SvelteKit’s bootstrap has changed');
		const waiting = body.replace(
			START,
			(_, start: string) => `(${awaitFirstMove.toString()})().then(() => import(${start})).then(`
		);
		hashes.push([sha256(body), sha256(waiting)]);
		return `<script>${waiting}</script>`;
	});
	return hashes.reduce((page, [before, after]) => page.replace(before, after), rewritten);
}
