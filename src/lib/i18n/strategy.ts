/**
 * Tells Paraglide where a page's language comes from (its address, see locale.ts). Imported by the
 * server and client hooks, before any message is read.
 */
import { resolve } from '$app/paths';
import { defineCustomClientStrategy, defineCustomServerStrategy } from '#lib/paraglide/runtime.js';
import { localeFromPath } from './locale';

const base = resolve('/[[lang=lang]]', {}).replace(/\/$/, '');

defineCustomServerStrategy('custom-path', {
	getLocale: (request) =>
		request ? localeFromPath(new URL(request.url).pathname, base) : undefined
});

defineCustomClientStrategy('custom-path', {
	getLocale: () => localeFromPath(window.location.pathname, base),
	// Changing language is a link to the other language's page, never a switch in place.
	setLocale: () => {}
});
