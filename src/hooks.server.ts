import type { Handle } from '@sveltejs/kit/hooks';
import '#lib/i18n/strategy.ts';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { getTextDirection } from '#lib/paraglide/runtime.js';
import { withoutTextsBlock } from '#lib/format/texts.ts';
import { withLinkPreview } from '#lib/link-preview.ts';
import { startAtFirstMove } from '#lib/wake/start.ts';
import { siteOrigin } from '#lib/site-origin.ts';
import { site } from '#lib/i18n/text.ts';
import { resolve as resolvePath } from '$app/paths';
import { building } from '$app/env';

// The base path ('' or '/sub'), which the preview pictures' addresses carry.
const base = resolvePath('/[[lang=lang]]', {}).replace(/\/$/, '');

/**
 * Render each page in the language of its address, with `<html lang>` set to match.
 *
 * Only the stylesheet is preloaded. Fonts are `font-display: optional` (see fonts.css) and load as
 * text needs them. Scripts are not preloaded either: the page is complete in its HTML, and
 * preloaded scripts compete with the first paint for a slow connection (LCP under Lighthouse's
 * mobile throttling went from 2.3 s to 1.4 s). They load at the reader's first move (#lib/wake),
 * then hydrate it.
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, {
			transformPageChunk: ({ html, done }) => {
				const page = html.replace('%lang%', locale).replace('%dir%', getTextDirection(locale));
				// Prerendered pages come in one chunk (`done`); a streamed one keeps its texts.
				if (!done) return page;
				const origin = siteOrigin(event.url);
				// Only a prerendered page carries its policy in the page (see start.ts); its server
				// data is where SvelteKit's router asks for it.
				const data = `${event.url.pathname.replace(/\/$/, '')}/__data.json`;
				const waiting = building ? startAtFirstMove(page, data) : page;
				return withLinkPreview(withoutUnusedTexts(waiting), {
					origin,
					base,
					locale,
					siteName: site.title
				});
			},
			preload: ({ type }) => type === 'css'
		})
	);

/** The formatted texts the layout records are for hydration (see texts.ts): a page that ships no
 * script (/sources, `csr = false`) has no use for them. */
function withoutUnusedTexts(html: string): string {
	return html.includes('__sveltekit_') ? html : withoutTextsBlock(html);
}
