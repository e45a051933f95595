import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { messagesPerLanguage } from './scripts/messages-per-language';

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
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
