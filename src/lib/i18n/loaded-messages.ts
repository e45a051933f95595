/**
 * The words of the page's language, in the browser. The client build reads every message from
 * here (scripts/messages-per-language.ts); the client hook loads the page's language before the
 * page hydrates, so a page downloads one language, not three.
 */
import type { Locale } from '../paraglide/runtime.js';

// Every language's module has the same messages.
type Messages = typeof import('../paraglide/messages/en.js');

export let loaded = {} as Messages;

const languages: Record<Locale, () => Promise<Messages>> = {
	en: () => import('../paraglide/messages/en.js'),
	vi: () => import('../paraglide/messages/vi.js'),
	lo: () => import('../paraglide/messages/lo.js')
};

export async function loadMessages(locale: Locale): Promise<void> {
	loaded = await languages[locale]();
}
