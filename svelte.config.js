import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets the same build be hosted under a sub-path, e.g. BASE_PATH=/dashboard.
const base = process.env.BASE_PATH ?? '';
if (base && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must start with "/" and must not end with "/": got "${base}"`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		paths: { base, relative: false },
		// Small stylesheets go into the page itself: one round trip fewer before the first paint.
		inlineStyleThreshold: 16_000,
		// Prerendered pages carry this policy in a <meta> tag, with hashes of SvelteKit's inline
		// scripts. Styles need 'unsafe-inline' (LayerCake and Svelte write style attributes);
		// scripts never do. blob: images are how a chart becomes a PNG.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// /404 is not linked from anywhere; static hosts serve build/404.html for unknown paths.
		prerender: {
			// Where the site is served, e.g. SITE_ORIGIN=https://example.org: hreflang alternates
			// must be full addresses. Without it they stay root-relative.
			...(process.env.SITE_ORIGIN ? { origin: process.env.SITE_ORIGIN } : {}),
			entries: ['*', '/404'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
