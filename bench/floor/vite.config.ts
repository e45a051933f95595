// The bench's floor: a bare prerendered SvelteKit page with one LayerCake chart, on the site's
// versions of SvelteKit, Svelte and LayerCake (the root's node_modules). `npm run bench` builds it
// and measures it in the same rounds as the site's pages, so each page's main-thread work is
// reported as a multiple of what the framework alone costs on this machine, this minute.
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		sveltekit({
			compilerOptions: { runes: true },
			adapter: adapter({ pages: 'build', assets: 'build', strict: true })
		})
	]
});
