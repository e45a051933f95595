/** The built site as a static host serves it: every page is HTML with its figures already in it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/format/format';
import { loadDataset } from '../../src/lib/data/validate';
import { topics } from '../../src/lib/data/vocabulary';
import { readData } from '../unit/helpers';
import { initialJs } from '../../scripts/initial-js.mjs';
import { chartSpecs } from '../../src/lib/charts/spec/specs';
import { borderMapId, timelineId } from '../../src/lib/charts/embed/embed';

const build = 'build';
/**
 * The most a page's initial JavaScript may weigh, gzipped, counted whole (SvelteKit's runtime,
 * which the start entry imports as the page starts, included): the budget (README, `npm run
 * bench`). The charts' code is not part of it: each kind loads as a reader nears one of its charts.
 */
const INITIAL_JS_CEILING_KB = 90;
const dataset = loadDataset(readData());
// Each page is read once: the checks below look up every figure in it, some hundred times a page.
const pages = new Map<string, string>();
const html = (page: string) => {
	const cached = pages.get(page);
	if (cached !== undefined) return cached;
	const read = readFileSync(join(build, `${page}.html`), 'utf8');
	pages.set(page, read);
	return read;
};
// Svelte escapes text; numbers and their words come through unchanged apart from "&". Script
// blocks are not text: the formatted texts handed to the browser must not pass for the page's.
const texts = new Map<string, string>();
const text = (page: string) => {
	const cached = texts.get(page);
	if (cached !== undefined) return cached;
	const read = html(page)
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&');
	texts.set(page, read);
	return read;
};
const handedTexts = (page: string): [string, string][] | undefined => {
	const block = html(page).match(
		/<script type="application\/json" id="formatted-texts">(.*?)<\/script>/s
	)?.[1];
	return block === undefined ? undefined : JSON.parse(block);
};

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

describe.skipIf(!existsSync(build))('build/', () => {
	it('has a prerendered page for every route and a 404 page for static hosts', () => {
		const quotes = topics.map((topic) => `sources/${topic}`);
		for (const page of ['index', ...topics, 'targets', 'timeline', 'sources', ...quotes, '404']) {
			expect(existsSync(join(build, `${page}.html`)), page).toBe(true);
			expect(html(page)).toMatch(/^<!doctype html>\s*<html lang="en" dir="ltr">/);
		}
	});

	it('holds every figure in the HTML of its topic page and of its topic’s page of quotes', () => {
		// Each page read once: the record has hundreds of figures.
		const pages = new Map(topics.map((t) => [t, text(t)]));
		for (const f of dataset.figures) {
			const value = formatValue(f.value, f.unit);
			expect(pages.get(f.topic), `${f.id} on /${f.topic}`).toContain(value);
			expect(html(`sources/${f.topic}`), `${f.id} anchor`).toContain(`id="${f.id}"`);
		}
		for (const m of dataset.milestones) {
			expect(html('sources'), `milestone ${m.id}`).toContain(`id="milestone-${m.id}"`);
		}
	});

	it('lands every link to a quote or a source on its entry, in every language', () => {
		const sources = /href="((?:\/(?:vi|lo))?\/sources(?:\/[a-z]+)?)?#([^"]+)"/g;
		let links = 0;
		for (const file of files(build).filter((f) => f.endsWith('.html'))) {
			const page = relative(build, file).replace(/\.html$/, '');
			// An embed links to its chart's page, not to the quotes: other links are the site's own.
			for (const [, path, id] of html(page).matchAll(sources)) {
				// A bare "#id" on a page of quotes is an entry of that page (a card, a derived input).
				if (!path && !page.includes('sources')) continue;
				const target = path ? path.slice(1) : page;
				expect(html(target), `${page}: ${path ?? ''}#${id}`).toContain(`id="${id}"`);
				links++;
			}
		}
		// Tables, tiles, findings and source lines on every page, in three languages.
		expect(links).toBeGreaterThan(10_000);
	});

	it('holds every milestone in the HTML of /timeline', () => {
		const timeline = text('timeline');
		for (const m of dataset.milestones) {
			expect(timeline).toContain(m.title);
		}
	});

	it('draws the charts into the HTML: each topic chart is an SVG image named with its data', () => {
		for (const page of ['index', 'trade', 'investment', 'education', 'energy', 'tourism']) {
			const charts = [...html(page).matchAll(/<svg[^>]*role="img"[^>]*>/g)].map((m) => m[0]);
			expect(charts.length, page).toBeGreaterThan(0);
			for (const svg of charts) expect(svg, page).toMatch(/aria-label="[^"]*\d[^"]*"/);
			expect(html(page), page).toMatch(/<rect [^>]*class="(?:bar|cell)/);
		}
	});

	it('draws the /timeline chart in the HTML: both layouts, a mark per milestone, named in words', () => {
		const page = html('timeline');
		const labels = [...page.matchAll(/<svg[^>]*aria-label="([^"]*)"[^>]*role="img"/g)];
		expect(labels).toHaveLength(2);
		for (const [, label] of labels) {
			expect(label).toContain(`Timeline of ${dataset.milestones.length} milestones`);
		}
		for (const m of dataset.milestones) {
			expect(page.split(`data-milestone="${m.id}"`), m.id).toHaveLength(3);
		}
	});

	it('hands the browser the values and periods each page shows, as the page shows them', () => {
		for (const page of ['index', ...topics, 'timeline', 'present', 'lo/investment']) {
			const entries = handedTexts(page) ?? [];
			expect(entries.length, page).toBeGreaterThan(5);
			const shown = text(page);
			for (const [, formatted] of entries) expect(shown, page).toContain(formatted);
		}
		// /sources, its topics' pages and /targets run no script (csr = false): nothing to hand over.
		expect(handedTexts('sources')).toBeUndefined();
		expect(handedTexts('sources/trade')).toBeUndefined();
		expect(handedTexts('targets')).toBeUndefined();
	});

	it('gives every page a Content Security Policy: no inline script but hashed ones, no other site', () => {
		for (const file of files(build).filter((f) => f.endsWith('.html'))) {
			const policy = readFileSync(file, 'utf8').match(
				/<meta http-equiv="content-security-policy" content="([^"]+)"/
			)?.[1];
			expect(policy, file).toBeDefined();
			const directives = new Map(
				(policy ?? '').split(';').map((d) => {
					const [name = '', ...values] = d.trim().split(/\s+/);
					return [name, values];
				})
			);
			expect(directives.get('default-src'), file).toEqual(["'self'"]);
			expect(directives.get('connect-src'), file).toEqual(["'self'"]);
			const scripts = directives.get('script-src') ?? [];
			expect(scripts, file).not.toContain("'unsafe-inline'");
			expect(scripts.every((s) => s === "'self'" || s.startsWith("'sha256-")), file).toBe(true);
		}
	});

	it('leaves each page’s server data out of its HTML: the page asks for its __data.json, which is there', () => {
		const scripted = files(build).filter(
			(f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('kit.start(')
		);
		expect(scripted.length).toBeGreaterThan(100);
		let asking = 0;
		for (const file of scripted) {
			const page = readFileSync(file, 'utf8');
			const start = page.slice(page.indexOf('kit.start('));
			expect(start, file).not.toContain('type:"data"');
			const address = /\}\)\("([^"]*\/__data\.json)"\), import\(/.exec(page)?.[1];
			if (address === undefined) {
				// Only a page without server data (the 404 page) hydrates with what it holds.
				expect(start, file).toMatch(/data: \[(null,?)+\],/);
				continue;
			}
			asking++;
			expect(start, file).toContain('get data() { return window.__pageData.nodes; },');
			const data = JSON.parse(readFileSync(join(build, address), 'utf8'));
			expect(data.type, address).toBe('data');
			expect(
				data.nodes.some((node: { type: string } | null) => node?.type === 'data'),
				address
			).toBe(true);
		}
		expect(asking).toBeGreaterThan(100);
	});

	it('keeps each page’s initial JavaScript, in each language, within its ceiling (exporters load on click)', () => {
		const quotes = topics.map((topic) => `sources/${topic}`);
		const pages = [
			...['index', ...topics, 'targets', 'timeline', 'sources', ...quotes],
			...['present', 'present/notes']
		];
		for (const lang of ['', 'vi', 'lo']) {
			for (const page of pages) {
				const path = lang ? (page === 'index' ? lang : `${lang}/${page}`) : page;
				const { kb, files } = initialJs(build, path);
				// /sources, its topics' pages and /targets are text and links only (csr = false): they
				// ship no script.
				if (page.startsWith('sources') || page === 'targets') expect(files, path).toEqual([]);
				else {
					expect(files.length, path).toBeGreaterThan(1);
					// SvelteKit's runtime is counted: the start entry imports it as the page starts.
					const start = files.find((file) => /\/entry\/start\./.test(file)) ?? '';
					const runtime = readFileSync(join(build, start), 'utf8').match(
						/_app\/immutable\/chunks\/[\w-]+\.js/g
					);
					expect(runtime?.length, path).toBeGreaterThan(0);
					for (const chunk of runtime ?? []) expect(files, path).toContain(chunk);
				}
				expect(kb, path).toBeLessThanOrEqual(INITIAL_JS_CEILING_KB);
			}
		}
	});

	it('leaves the words only the build writes out of every script the browser loads', () => {
		const dir = `${build}/_app/immutable`;
		const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.js'))
			.map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
			.join('\n');
		for (const locale of ['en', 'vi', 'lo']) {
			const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<
				string,
				string
			>;
			for (const id of [
				'findingText_goals',
				'findingText_highest',
				'chartText_tradeYears_subtitle',
				'chartText_goodsNote'
			]) {
				const words = messages[id]?.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0];
				expect(words?.length, id).toBeGreaterThan(6);
				expect(scripts.includes(words ?? ''), `${locale} ${id}`).toBe(false);
			}
			// A message the browser does write is there.
			expect(scripts.includes(messages.site_title ?? '—'), locale).toBe(true);
		}
	});

	it('has an embed page of every chart in each language: the frame alone, linking back to its page', () => {
		// A chart only the overview places links back to the overview.
		const charts = [
			...chartSpecs.map((s) => [s.id, s.notOnPage ? '' : s.topic] as const),
			[borderMapId, 'border'] as const,
			[timelineId, 'timeline'] as const
		];
		for (const lang of ['', 'vi', 'lo']) {
			for (const [id, page] of charts) {
				const path = `${lang ? `${lang}/` : ''}embed/${id}`;
				const doc = html(path);
				expect(doc, path).toMatch(new RegExp(`^<!doctype html>\\s*<html lang="${lang || 'en'}"`));
				expect(doc, path).toContain(`<figure id="${id}"`);
				expect(doc.match(/<h1[ >]/g)?.length, path).toBe(1);
				expect(doc, path).not.toMatch(/<header|<footer|<nav/);
				expect(doc, path).toMatch(/<base target="_blank"\/?>/);
				const home = page ? `/${lang ? `${lang}/` : ''}${page}` : `/${lang}`;
				expect(doc, path).toContain(`href="${home}#${id}"`);
				// Drawn in the HTML, for readers without JavaScript.
				expect(doc, path).toMatch(/<svg[^>]*role="img"/);
				const { kb } = initialJs(build, path);
				expect(kb, path).toBeLessThanOrEqual(INITIAL_JS_CEILING_KB);
			}
		}
	}, 60_000);

	it('gives every page a link preview, and nothing relative where search engines want a full address', () => {
		const pages = files(build).filter((f) => f.endsWith('.html') && !f.includes('/_app/'));
		expect(pages.length).toBeGreaterThan(60);
		for (const file of pages) {
			const doc = readFileSync(file, 'utf8');
			for (const tag of ['property="og:title"', 'property="og:description"', 'property="og:type"'])
				expect(doc, `${file} ${tag}`).toContain(tag);
			expect(doc, file).toContain('<meta name="twitter:card" content="summary_large_image">');
			// A build without SITE_ORIGIN (this one) leaves them out rather than write them relative.
			for (const link of doc.matchAll(/<link rel="(?:canonical|alternate)"[^>]*href="([^"]*)"/g))
				expect(link[1], file).toMatch(/^https?:\/\//);
			for (const meta of doc.matchAll(/<meta property="og:(?:url|image)" content="([^"]*)"/g))
				expect(meta[1], file).toMatch(/^https?:\/\//);
		}
		// Each chart's picture and the site's card, in each language, 1200 × 630.
		for (const page of pages.filter((f) => /\/embed\/[\w-]+\.html$/.test(f))) {
			const id = /([\w-]+)\.html$/.exec(page)?.[1];
			const lang = /<html lang="(\w+)"/.exec(readFileSync(page, 'utf8'))?.[1];
			const png = readFileSync(join(build, 'og', `${id}.${lang}.png`));
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${id}.${lang}`).toEqual([1200, 630]);
		}
		for (const lang of ['en', 'vi', 'lo']) expect(existsSync(join(build, 'og', `site.${lang}.png`))).toBe(true);
	});

	it('lets any site frame an embed page, and no site frame any other page', () => {
		const rules = readFileSync(join(build, '_headers'), 'utf8')
			.split(/\n(?=\/)/)
			.map((rule) => rule.split('\n').map((line) => line.trim()))
			.filter(([path]) => path?.startsWith('/'));
		/** The headers a path gets on Cloudflare Pages: every matching rule's, "! name" removes. */
		const headersOf = (path: string) => {
			const out = new Map<string, string[]>();
			for (const [pattern = '', ...lines] of rules) {
				const re = new RegExp(`^${pattern.replace(/\*/g, '.*')}$`);
				if (!re.test(path)) continue;
				for (const line of lines) {
					if (line.startsWith('! ')) out.delete(line.slice(2).toLowerCase());
					const m = /^([\w-]+):\s*(.*)$/.exec(line);
					if (m) out.set(m[1]!.toLowerCase(), [...(out.get(m[1]!.toLowerCase()) ?? []), m[2]!]);
				}
			}
			return out;
		};
		for (const lang of ['', '/vi', '/lo']) {
			expect(headersOf(`${lang}/embed/chart-trade-turnover`).get('content-security-policy')).toEqual([
				'frame-ancestors *'
			]);
			expect(headersOf(`${lang}/embed/chart-trade-turnover`).has('x-frame-options')).toBe(false);
			expect(headersOf(`${lang}/trade`).get('content-security-policy')).toEqual([
				"frame-ancestors 'none'"
			]);
			expect(headersOf(`${lang}/trade`).get('x-frame-options')).toEqual(['DENY']);
		}
	});

	it('ships security headers for static hosts', () => {
		const headers = readFileSync(join(build, '_headers'), 'utf8');
		for (const header of [
			'Strict-Transport-Security',
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy',
			'Permissions-Policy',
			"frame-ancestors 'none'"
		]) {
			expect(headers).toContain(header);
		}
	});

	it('loads nothing from another site: no external script, style, font or image', () => {
		const external = /(?:src|href)="https?:\/\/|url\(\s*['"]?https?:\/\/|@import\s+['"]?https?:/;
		for (const file of files(build).filter((f) => /\.(html|css|js)$/.test(f))) {
			const content = readFileSync(file, 'utf8')
				// Links a reader follows to a source are not requests the page makes.
				.replace(/<a [^>]*href="https?:\/\/[^"]*"/g, '<a');
			expect(content, file).not.toMatch(external);
		}
	});

	it('bundles the fonts it uses', () => {
		const fonts = files(build).filter((f) => f.endsWith('.woff2'));
		expect(fonts.some((f) => f.includes('noto-sans-vietnamese'))).toBe(true);
	});
});
