import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { messagesPerLanguage } from './scripts/messages-per-language.ts';

// BASE_PATH lets the same build be hosted under a sub-path, e.g. BASE_PATH=/dashboard.
const base = process.env.BASE_PATH ?? '';
if (base && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must start with "/" and must not end with "/": got "${base}"`);
}

export default defineConfig({
	plugins: [
		// Compiles messages/{locale}.json into typed message functions in src/lib/paraglide. The
		// same options as `npm run i18n`, which svelte-check and the linters need first.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['custom-path', 'baseLocale'],
			// One module per language, so the browser can load only its page's (see below).
			outputStructure: 'locale-modules',
			emitReadme: false
		}),
		messagesPerLanguage(),
		sveltekit({
			preprocess: vitePreprocess(),
			compilerOptions: { runes: true },
			adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
			paths: {
				base: base as '' | `/${string}`,
				relative: false,
				// Where the site is served, e.g. SITE_ORIGIN=https://example.org: hreflang alternates
				// must be full addresses. Without it they stay root-relative.
				...(process.env.SITE_ORIGIN ? { origin: process.env.SITE_ORIGIN } : {})
			},
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
				entries: ['*', '/404'],
				// The link preview pictures (og:image) are drawn after the pages, from them
				// (scripts/after-build.ts): the crawler finds them missing, as yet.
				handleHttpError: ({ path, message }) => {
					if (!path.startsWith(`${base}/og/`)) throw new Error(message);
				},
				handleMissingId: 'fail',
				handleUnseenRoutes: 'fail'
			}
		})
	],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node',
		// The PowerPoint writer reads the palette from theme.css (`?raw`), which Vitest would
		// otherwise hand over empty.
		css: { include: [/theme\.css/] }
	}
});
