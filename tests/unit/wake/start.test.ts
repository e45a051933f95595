import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAtFirstMove } from '../../../src/lib/wake/start';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** SvelteKit's bootstrap as a prerendered page carries it, and the policy that lets it run. */
const bootstrap = `
	{
		__sveltekit_x = { base: "" };
		const element = document.currentScript.parentElement;
		import("/_app/immutable/entry/start.AbC-1.js").then(async (kit) => {
			kit.init(__sveltekit_x);
			const app = await import("/_app/immutable/entry/app.XyZ.js");
			kit.start(app, element, { node_ids: [0, 2], data: [null, null] });
		});
	}`;
const page = (script: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self'"></head>` +
	`<body><script type="application/json" id="t">[]</script><div><script>${script}</script></div></body></html>`;

describe('a page starts its script at the reader’s first move', () => {
	it('waits before SvelteKit’s start, and the policy lets the new bootstrap run', () => {
		const html = startAtFirstMove(page(bootstrap));
		const script = /<div><script>([^]*?)<\/script>/.exec(html)?.[1] ?? '';
		expect(script).toMatch(
			/^\s*\{[^]*\(function awaitFirstMove\(\) \{[^]*\}\)\(\)\.then\(\(\) => import\("\/_app\/immutable\/entry\/start\.AbC-1\.js"\)\)\.then\(async \(kit\) => \{/
		);
		// The policy names the bootstrap as it now is, and no longer as it was.
		expect(html).toContain(hash(script));
		expect(html).not.toContain(hash(bootstrap));
		// Nothing else moved.
		expect(html.replace(script, '').replace(hash(script), '')).toBe(
			page(bootstrap).replace(bootstrap, '').replace(hash(bootstrap), '')
		);
	});

	it('leaves a page without a script as it is', () => {
		const plain = page('console.log(1)');
		expect(startAtFirstMove(plain)).toBe(plain);
	});

	it('fails the build when SvelteKit’s bootstrap is no longer as expected', () => {
		const changed = bootstrap.replace('import("/_app/immutable/entry/start', 'load("/start');
		expect(() => startAtFirstMove(page(changed))).toThrow(/bootstrap has changed/);
	});
});
