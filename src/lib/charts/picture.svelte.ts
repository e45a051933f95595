import { flushSync } from 'svelte';

/**
 * Whether the charts are being taken as a picture (a PNG, an SVG, a slide's image). A chart on
 * the page keeps room for the narrowest screen, so that nothing moves when its width becomes
 * known; a picture has its width, and is laid out for it alone.
 */
let taking = $state(false);

export const picture = {
	get taking() {
		return taking;
	}
};

/**
 * `take()` run with every chart laid out as a picture, and the page's layout restored after it.
 * Both happen within this one task, so the reader never sees the picture's layout.
 */
export function asPicture<T>(take: () => T): T {
	taking = true;
	flushSync();
	try {
		return take();
	} finally {
		taking = false;
		flushSync();
	}
}
