// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

// HTML's `blocking="render"` (on <link rel="expect">), which Svelte's element types lack.
declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		blocking?: 'render' | null;
	}
}

export {};
