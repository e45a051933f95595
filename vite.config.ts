import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// Compiles messages/{locale}.json into typed message functions in src/lib/paraglide. The
		// same options as `npm run i18n`, which svelte-check and the linters need first.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['custom-path', 'baseLocale'],
			emitReadme: false
		}),
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node'
	}
});
