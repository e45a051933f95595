import type { ClientInit } from '@sveltejs/kit/hooks';
import '#lib/i18n/strategy.ts';
import { primeTexts, TEXTS_BLOCK_ID } from '#lib/format/texts.ts';
import { loadMessages } from '#lib/i18n/loaded-messages.ts';
import { decodePageData } from '#lib/wake/page-data.ts';
import { getLocale, overwriteGetLocale } from '#lib/paraglide/runtime.js';

/** The page's words and its server data arrive before it hydrates (see loaded-messages.ts and
 * page-data.ts). */
export const init: ClientInit = async () => {
	// A page keeps its language (another language is another page load, see LanguageSwitcher), so
	// it is read from the address once, not again for each of the thousands of words hydrated.
	const locale = getLocale();
	overwriteGetLocale(() => locale);
	// The page is whole in its HTML: let it paint before the rest of its scripts are asked for,
	// so they do not compete with the first paint for a slow connection.
	await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
	// The values and periods the server formatted for this page (see texts.ts).
	primeTexts(document.getElementById(TEXTS_BLOCK_ID)?.textContent);
	await Promise.all([loadMessages(locale), decodePageData()]);
};
