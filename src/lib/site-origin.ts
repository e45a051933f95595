/**
 * The site's address (origin), given to the build once: `SITE_ORIGIN=https://example.org`, which
 * vite.config.ts hands SvelteKit as `paths.origin`. Canonical links, `hreflang` alternates, link
 * previews (`og:url`, `og:image`) and the sitemap read it here, from the address being rendered.
 * A build without it leaves out what needs a full address (and says so once, vite.config.ts).
 */

/** SvelteKit's stand-in origin while prerendering when it was given none. */
const PLACEHOLDER_ORIGIN = 'http://sveltekit-prerender';

/** The site's origin, or '' when the build was not given one. */
export function siteOrigin(url: { origin: string }): string {
	return url.origin === PLACEHOLDER_ORIGIN ? '' : url.origin;
}

/** What a build without an origin leaves out, as the build says it. */
export const needsOrigin = 'canonical links, hreflang alternates, og:url, og:image and sitemap.xml';
