import type { Handle } from '@sveltejs/kit';
import '$lib/i18n/strategy';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { getTextDirection } from '$lib/paraglide/runtime.js';

/**
 * Render each page in the language of its address, with `<html lang>` set to match.
 *
 * Only the stylesheet is preloaded. Fonts are `font-display: optional` (see fonts.css) and load as
 * text needs them. Scripts are not preloaded either: the page is complete in its HTML, and
 * preloaded scripts compete with the first paint for a slow connection (LCP under Lighthouse's
 * mobile throttling went from 2.3 s to 1.4 s). They load as the page's module imports them, then
 * hydrate it.
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', locale).replace('%dir%', getTextDirection(locale)),
			preload: ({ type }) => type === 'css'
		})
	);
