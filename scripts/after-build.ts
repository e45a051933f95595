/**
 * What the build writes after SvelteKit has prerendered the pages, from those pages:
 *
 * - the link preview pictures (`og/<chart id>.<language>.png`, 1200×630): each chart's own SVG,
 *   as its embed page draws it, under its title and over its source line, rasterised with resvg in
 *   the bundled Noto Sans faces (so Vietnamese and Lao have their glyphs); and the site's card
 *   (`og/site.<language>.png`) for pages without a chart;
 * - `sitemap.xml`, every page with its language alternates, and its line in `robots.txt`.
 *
 * The site's address comes from the pages' canonical links (site-origin.ts): a build without one
 * has no sitemap, and this says once what was left out.
 *
 * Run by `npm run build` after `vite build`: `tsx scripts/after-build.ts [build]`.
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { previewSize } from '../src/lib/link-preview.ts';
import { needsOrigin } from '../src/lib/site-origin.ts';
import { paletteOf } from '../src/lib/theme/palette.ts';
import { textWidth, wrapText } from '../src/lib/format/text-width.ts';

const build = process.argv[2] ?? 'build';
const { width: W, height: H } = previewSize;
const PAD = 56;
const palette = paletteOf(readFileSync('src/lib/theme/theme.css', 'utf8'), 'page', 'light');
const colour = (name: string) => palette.get(name) ?? '#000000';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

const unescape = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');
const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The text of an HTML fragment, on one line. */
const textOf = (html: string) =>
	unescape(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ''))
		.replace(/\s+/g, ' ')
		.trim();

// --- Fonts: the site's Noto Sans (Latin, Vietnamese) and Noto Sans Lao, merged into one face per
// weight (scripts/og-fonts/merge.py): resvg's fallback between faces drew wrong glyphs or none. ---

const FAMILY = "'Dashboard Preview Sans'";
const fonts = [400, 600].map((weight) => `scripts/og-fonts/preview-sans-${weight}.ttf`);

// --- The chart's own SVG, standing alone: its page's styles, the light palette, a size. ---

/** Top-level rules of a stylesheet that an SVG renderer can apply: no at-rules, no states. */
function svgRules(css: string): string {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	let skip = false;
	const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '{') {
			if (depth === 0) skip = text.slice(start, i).trim().startsWith('@');
			depth++;
		} else if (c === '}') {
			depth--;
			if (depth === 0) {
				const rule = text.slice(start, i + 1).trim();
				const selector = rule.slice(0, rule.indexOf('{'));
				if (!skip && !selector.includes(':')) out.push(rule);
				start = i + 1;
			}
		}
	}
	return out
		.join('\n')
		.replace(/var\((--[\w-]+)(?:,\s*([^)]+))?\)/g, (_, name: string, fallback?: string) =>
			name === '--font-sans' ? FAMILY : palette.has(name) ? colour(name) : (fallback ?? 'none')
		)
		.replace(
			/color-mix\(in srgb,\s*(#[0-9a-f]{6})\s+(\d+)%,\s*(#[0-9a-f]{6})\)/gi,
			(_, a: string, share: string, b: string) => mix(a, Number(share) / 100, b)
		);
}

/** `color-mix(in srgb, a share%, b)`, which resvg does not read. */
function mix(a: string, share: number, b: string): string {
	const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
	const mixed = [0, 1, 2].map((i) =>
		Math.round(channel(a, i) * share + channel(b, i) * (1 - share))
			.toString(16)
			.padStart(2, '0')
	);
	return `#${mixed.join('')}`;
}

function pageCss(html: string): string {
	const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
	const linked = [...html.matchAll(/<link [^>]*href="([^"]+\.css)"[^>]*>/g)].map((m) => {
		const path = join(build, m[1]!.replace(/^(\.\.\/)+|^\//g, '').replace(/^.*?_app\//, '_app/'));
		return existsSync(path) ? readFileSync(path, 'utf8') : '';
	});
	return svgRules([...inline, ...linked].join('\n'));
}

/** The first drawn chart (an SVG image) of a figure, its size on the page, and its markup. */
function chartOf(figure: string): { svg: string; width?: number; height: number } | undefined {
	const start = figure.search(/<svg[^>]*role="img"/);
	if (start < 0) return undefined;
	let depth = 0;
	const tags = /<svg\b|<\/svg>/g;
	tags.lastIndex = start;
	let end = -1;
	for (let m = tags.exec(figure); m; m = tags.exec(figure)) {
		depth += m[0] === '</svg>' ? -1 : 1;
		if (depth === 0) {
			end = m.index + '</svg>'.length;
			break;
		}
	}
	const markup = figure.slice(start, end).replace(/<!--[\s\S]*?-->/g, '');
	const open = markup.slice(0, markup.indexOf('>') + 1);
	const viewBox = /viewBox="([^"]+)"/.exec(open)?.[1];
	const before = figure.slice(0, start);
	const boxHeight = [...before.matchAll(/height: (\d+(?:\.\d+)?)px/g)].pop()?.[1];
	const maxWidth = [...before.matchAll(/max-width: (\d+(?:\.\d+)?)px/g)].pop()?.[1];
	const [, , vbW, vbH] = viewBox?.split(/\s+/).map(Number) ?? [];
	const height = viewBox ? (vbH ?? 0) : Number(boxHeight ?? 0);
	if (!height) return undefined;
	const width = viewBox ? vbW : maxWidth ? Number(maxWidth) : undefined;
	const cls = /class="([^"]*)"/.exec(open)?.[1] ?? '';
	const attrs = viewBox ? ` viewBox="${viewBox}"` : '';
	const inner = markup.slice(open.length, -'</svg>'.length);
	const svg = `<svg class="${cls}"${attrs} overflow="visible">${inner}</svg>`;
	return { svg, width, height };
}

// --- The card. ---

function lines(text: string, size: number, max: number, bold = false): string[] {
	const all = wrapText(text, W - 2 * PAD, size, bold);
	if (all.length <= max) return all;
	const kept = all.slice(0, max);
	let last = kept[max - 1]!;
	while (last && textWidth(`${last} …`, size, bold) > W - 2 * PAD) last = last.slice(0, -1);
	kept[max - 1] = `${last.trimEnd()} …`;
	return kept;
}

function textBlock(rows: string[], y: number, size: number, fill: string, bold = false): string {
	return rows
		.map(
			(row, i) =>
				`<text x="${PAD}" y="${y + i * size * 1.25}" font-size="${size}"${
					bold ? ' font-weight="600"' : ''
				} fill="${fill}">${escape(row)}</text>`
		)
		.join('');
}

interface Card {
	title: string;
	subtitle: string;
	footer: string;
	chart?: { svg: string; width?: number; height: number };
	css: string;
}

function cardSvg({ title, subtitle, footer, chart, css }: Card): string {
	const big = !chart;
	const titleSize = big ? 64 : 42;
	const titleRows = lines(title, titleSize, big ? 3 : 2, true);
	let y = PAD + titleSize;
	const parts = [textBlock(titleRows, y, titleSize, colour('--text'), true)];
	y += (titleRows.length - 1) * titleSize * 1.25 + 16;
	const subSize = big ? 32 : 24;
	const subRows = lines(subtitle, subSize, big ? 3 : 1);
	parts.push(textBlock(subRows, y + subSize, subSize, colour('--muted')));
	y += subRows.length * subSize * 1.25 + 28;
	const footerTop = H - PAD - 4;
	if (chart) {
		const room = { width: W - 2 * PAD, height: footerTop - 36 - y };
		const natural = { width: chart.width ?? room.width, height: chart.height };
		const scale = Math.min(1, room.height / natural.height, room.width / natural.width);
		const x = PAD + (room.width - natural.width * scale) / 2;
		parts.push(
			`<g transform="translate(${x} ${y}) scale(${scale})">${chart.svg.replace(
				'<svg ',
				`<svg width="${natural.width}" height="${natural.height}" `
			)}</g>`
		);
	}
	parts.push(textBlock(lines(footer, 20, 1), footerTop, 20, colour('--muted')));
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><style>text { font-family: ${FAMILY} } ${css}</style><rect width="${W}" height="${H}" fill="${colour('--bg')}"/><rect width="${W}" height="10" fill="${colour('--mark')}"/>${parts.join('')}</svg>`;
}

function png(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: W },
		font: {
			loadSystemFonts: false,
			fontFiles: fonts,
			defaultFontFamily: 'Dashboard Preview Sans',
			sansSerifFamily: 'Dashboard Preview Sans'
		}
	});
	return resvg.render().asPng();
}

// --- The pages. ---

const pages = htmlFiles(build).map((file) => {
	const html = readFileSync(file, 'utf8');
	return {
		file,
		html,
		lang: /<html lang="([\w-]+)"/.exec(html)?.[1] ?? 'en',
		canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
	};
});
const siteName = (lang: string) => {
	const any = pages.find((p) => p.lang === lang)?.html ?? '';
	return unescape(/<meta property="og:site_name" content="([^"]*)"/.exec(any)?.[1] ?? '');
};

/**
 * Writes a file of the site into the build, and where `vite preview` (and so the browser tests)
 * serves static files from: SvelteKit's client output, which the build was copied from.
 */
function write(path: string, content: string | Buffer) {
	for (const root of [build, preview].filter((r) => r && existsSync(r))) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), content);
	}
}
const preview = build === 'build' ? '.svelte-kit/output/client' : '';

let pictures = 0;
for (const page of pages) {
	const embed = /(?:^|\/)embed\/([\w-]+)\.html$/.exec(relative(build, page.file))?.[1];
	if (!embed) continue;
	const start = page.html.indexOf(`<figure id="${embed}"`);
	const figure = page.html.slice(start, page.html.indexOf('</figure>', start));
	const chart = chartOf(figure);
	if (!chart) throw new Error(`${page.file}: no chart drawn in #${embed}`);
	const card = cardSvg({
		title: textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(figure)?.[1] ?? ''),
		subtitle: textOf(/<p class="subtitle[^"]*">([\s\S]*?)<\/p>/.exec(figure)?.[1] ?? ''),
		footer: `${textOf(/<p class="source[^"]*">([\s\S]*?)<\/p>/.exec(figure)?.[1] ?? '')} · ${siteName(page.lang)}`,
		chart,
		css: pageCss(page.html)
	});
	write(`og/${embed}.${page.lang}.png`, png(card));
	pictures++;
}
for (const lang of new Set(pages.map((p) => p.lang))) {
	const name = siteName(lang);
	const index = pages.find(
		(p) => p.lang === lang && p.html.includes(`<title>${escape(name)}</title>`)
	);
	const tagline = /<meta name="description" content="([^"]*)"/.exec(index?.html ?? '')?.[1] ?? '';
	const card = cardSvg({ title: name, subtitle: unescape(tagline), footer: '', css: '' });
	write(`og/site.${lang}.png`, png(card));
	pictures++;
}

// --- The sitemap: every page a search engine should list, with its language alternates. ---

const listed = pages.filter(
	(p) => p.canonical && !/(?:^|\/)(?:embed\/|404\.html$)/.test(relative(build, p.file))
);
if (listed.length) {
	const urls = listed
		.sort((a, b) => (a.canonical ?? '').localeCompare(b.canonical ?? ''))
		.map((p) => {
			const alternates = [
				...p.html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"/g)
			]
				.map(([, lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`)
				.join('');
			return `<url><loc>${p.canonical}</loc>${alternates}</url>`;
		});
	write(
		'sitemap.xml',
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
	);
	const root = pages.find((p) => relative(build, p.file) === 'index.html')?.canonical ?? '';
	write(
		'robots.txt',
		`${readFileSync('static/robots.txt', 'utf8').trimEnd()}\nSitemap: ${root.replace(/\/$/, '')}/sitemap.xml\n`
	);
	console.log(`after-build: ${pictures} preview pictures, sitemap.xml of ${listed.length} pages`);
} else {
	console.warn(
		`after-build: ${pictures} preview pictures. No SITE_ORIGIN: this build leaves out ${needsOrigin}.`
	);
}
