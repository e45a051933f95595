import type { Handle } from '@sveltejs/kit';

/**
 * Preload the Latin faces of Noto Sans the first paint uses, so text is drawn once in its own font
 * rather than in a fallback and then again (a layout shift). Other subsets load as text needs them.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type, path }) =>
			type === 'js' ||
			type === 'css' ||
			(type === 'font' && /noto-sans-latin-(?:400|600|700)-normal\.[\w-]+\.woff2$/.test(path))
	});
