import type { ClientInit } from '@sveltejs/kit';
import '$lib/i18n/strategy';
import { loadMessages } from '$lib/i18n/loaded-messages';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';

/** The page's words arrive before it hydrates (see loaded-messages.ts). */
export const init: ClientInit = () => {
	// A page keeps its language (another language is another page load, see LanguageSwitcher), so
	// it is read from the address once, not again for each of the thousands of words hydrated.
	const locale = getLocale();
	overwriteGetLocale(() => locale);
	return loadMessages(locale);
};
