import type { ClientInit } from '@sveltejs/kit';
import '$lib/i18n/strategy';
import { loadMessages } from '$lib/i18n/loaded-messages';
import { getLocale } from '$lib/paraglide/runtime.js';

/** The page's words arrive before it hydrates (see loaded-messages.ts). */
export const init: ClientInit = () => loadMessages(getLocale());
