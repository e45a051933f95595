/**
 * Link previews: the tags a chat or a social site reads to unfurl a shared address (Open Graph and
 * Twitter's cards), written into every prerendered page from what the page already says: its
 * <title>, its description, and its first chart, whose picture the build draws
 * (scripts/after-build.ts). A page without a chart shows the site's card.
 */

/** The picture of a chart (or of the site, `site`) in a language, under the base path. */
export function previewImagePath(base: string, chart: string, locale: string): string {
	return `${base}/og/${chart}.${locale}.png`;
}

export const previewSize = { width: 1200, height: 630 };

const attr = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;');

/** The page's HTML with its preview tags; og:image only with the site's origin (a full address). */
export function withLinkPreview(
	html: string,
	{
		origin,
		base,
		locale,
		siteName
	}: { origin: string; base: string; locale: string; siteName: string }
): string {
	const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	if (!title || html.includes('property="og:title"')) return html;
	const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
	const chart = /<figure id="([\w-]+)" class="frame[ "]/.exec(html)?.[1];
	const tags = [
		['og:type', 'website'],
		['og:site_name', siteName],
		['og:title', title],
		['og:description', description],
		...(origin
			? [
					['og:image', `${origin}${previewImagePath(base, chart ?? 'site', locale)}`],
					['og:image:type', 'image/png'],
					['og:image:width', String(previewSize.width)],
					['og:image:height', String(previewSize.height)],
					['og:image:alt', title]
				]
			: [])
	]
		.map(([property, content]) => `<meta property="${property}" content="${attr(content ?? '')}">`)
		.concat('<meta name="twitter:card" content="summary_large_image">');
	return html.replace('</head>', `${tags.join('')}</head>`);
}
