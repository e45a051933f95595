import type { Handle } from '@sveltejs/kit';
import '$lib/i18n/strategy';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { getTextDirection } from '$lib/paraglide/runtime.js';

/**
 * Render each page in the language of its address, with `<html lang>` set to match.
 *
 * Preload the faces the first paint uses, so text is drawn once in its own font rather than in a
 * fallback and then again (a layout shift). Other subsets load as text needs them.
 *
 * Scripts are not preloaded: the page is complete in its HTML, and preloaded scripts compete with
 * the fonts and the first paint for a slow connection (LCP under Lighthouse's mobile throttling
 * went from 2.3 s to 1.4 s). They load as the page's module imports them, then hydrate it.
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', locale).replace('%dir%', getTextDirection(locale)),
			preload: ({ type, path }) =>
				type === 'css' || (type === 'font' && fontPreload(locale).test(path))
		})
	);

/** Noto Sans' Latin faces everywhere, its Vietnamese faces on Vietnamese pages; Noto Sans Lao's
 * regular face everywhere (the language switcher names Lao in Lao), all its faces on Lao pages. */
function fontPreload(locale: string): RegExp {
	const sans = locale === 'vi' ? '(?:latin|vietnamese)' : 'latin';
	const lao = locale === 'lo' ? '(?:400|600|700)' : '400';
	return new RegExp(
		`(?:noto-sans-${sans}-(?:400|600|700)|noto-sans-lao-lao-${lao})-normal\\.[\\w-]+\\.woff2$`
	);
}
