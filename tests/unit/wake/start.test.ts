import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAtFirstMove } from '../../../src/lib/wake/start';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** SvelteKit's bootstrap as a prerendered page carries it, and the policy that lets it run. */
const bootstrap = (data: string) => `
	{
		__sveltekit_x = { base: "" };
		const element = document.currentScript.parentElement;
		import("/_app/immutable/entry/start.AbC-1.js").then(async (kit) => {
			kit.init(__sveltekit_x);
			const app = await import("/_app/immutable/entry/app.XyZ.js");
			kit.start(app, element, {
				node_ids: [0, 2],
				data: ${data},
				form: null,
				error: null
			});
		});
	}`;
const withData = bootstrap(
	'[null,(function(a){return {type:"data",data:{topic:a,note:"form: \\n here"},uses:{}}}("trade"))]'
);
const withoutData = bootstrap('[null]');
const page = (script: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self'"></head>` +
	`<body><script type="application/json" id="t">[]</script><div><script>${script}</script></div></body></html>`;
const scriptOf = (html: string) => /<div><script>([^]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('a page starts its script at the reader’s first move', () => {
	it('waits before SvelteKit’s start, and the policy lets the new bootstrap run', () => {
		const html = startAtFirstMove(page(withData), '/trade/__data.json');
		const script = scriptOf(html);
		expect(script).toMatch(
			/^\s*\{[^]*\(function awaitFirstMove\(\) \{[^]*\}\)\(\)\.then\(\(\) => \(\(function fetchPageData\(address\) \{[^]*\}\)\("\/trade\/__data\.json"\), import\("\/_app\/immutable\/entry\/start\.AbC-1\.js"\)\)\)\.then\(async \(kit\) => \{/
		);
		// The policy names the bootstrap as it now is, and no longer as it was.
		expect(html).toContain(hash(script));
		expect(html).not.toContain(hash(withData));
		// Nothing else moved.
		expect(html.replace(script, '').replace(hash(script), '')).toBe(
			page(withData).replace(withData, '').replace(hash(withData), '')
		);
	});

	it('leaves the server data out of the page: it is read from where the page asked for it', () => {
		const script = scriptOf(startAtFirstMove(page(withData), '/trade/__data.json'));
		expect(script).not.toContain('type:"data"');
		expect(script).toMatch(
			/node_ids: \[0, 2\],\n\t+get data\(\) \{ return window\.__pageData\.nodes; \},\n\t+form: null,/
		);
	});

	it('keeps the data of a page that has no server data, and asks for none', () => {
		const script = scriptOf(startAtFirstMove(page(withoutData), '/404/__data.json'));
		expect(script).toContain('data: [null],');
		expect(script).not.toContain('__data.json');
	});

	it('leaves a page without a script as it is', () => {
		const plain = page('console.log(1)');
		expect(startAtFirstMove(plain, '/__data.json')).toBe(plain);
	});

	it('fails the build when SvelteKit’s bootstrap is no longer as expected', () => {
		const moved = withData.replace('import("/_app/immutable/entry/start', 'load("/start');
		expect(() => startAtFirstMove(page(moved), '/__data.json')).toThrow(/bootstrap has changed/);
		const renamed = withData.replace('data: [null', 'nodes: [null');
		expect(() => startAtFirstMove(page(renamed), '/__data.json')).toThrow(/bootstrap has changed/);
	});
});
