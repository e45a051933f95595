/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: after one visit the dashboard and the deck open with the network off. Every page,
 * script, style, font and data file of this build is cached at install, under this build's name.
 * A new build's worker waits until every tab is closed (no skipWaiting), so a running
 * presentation never switches versions mid-talk.
 */
import { version } from '$app/env';
import { assets, immutable, prerendered } from '$app/manifest';

const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'vl-dashboard-';
const CACHE = `${PREFIX}${version}`;
/** A path of the build's manifest as an address under the worker's scope (the site's base). */
const inScope = (path: string) => new URL(path.replace(/^\//, ''), sw.registration.scope).pathname;
// Embed pages are for other sites' frames, and the data package's files (/data/…, some 2 MB in
// three languages) for programs, not for reading the dashboard offline: not kept.
const PRECACHE = [
	...new Set(
		[...immutable, ...assets, ...prerendered]
			.map((f) => inScope(f.path))
			.filter((path) => !/\/(embed|data)\//.test(path))
	)
];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			}
			// Only the first worker reaches here with tabs open: let it serve them at once.
			await sw.clients.claim();
		})()
	);
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const url = new URL(request.url);
	// A page's query (?slides=…, ?table=…) is read in the browser, and a page's data file is asked
	// for with a query of the router's own: either way the cached file is the same.
	const ignoreSearch = request.mode === 'navigate' || url.pathname.endsWith('/__data.json');
	// A host may answer with `Vary: Origin` (Vite's preview does): the files were cached without an
	// Origin, and a module script asks with one. A file's address names its content, so vary on none.
	const cached = await cache.match(request, { ignoreSearch, ignoreVary: true });
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		// Offline and not cached: an unknown page gets the site's own 404 page.
		const notFound = request.mode === 'navigate' ? await cache.match(inScope('404')) : null;
		if (notFound) return notFound;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event.request));
});
