/**
 * A citation of a chart or a page in the three forms readers paste: a sentence for a report's
 * notes, BibTeX for LaTeX, and CSL-JSON for Zotero, Pandoc and the reference managers. Each names
 * the dashboard, the chart's or page's title, its permanent address, the newest period its data
 * cover and the day it was read, or, on a page that runs no script and so cannot know that day, the
 * day the page was built.
 */

interface CiteBase {
	/** The chart's or page's title, in the page's language. */
	title: string;
	/** The dashboard's name, in the page's language. */
	site: string;
	/** The chart's or page's address on the site, in full. */
	url: string;
	/** The newest period the data cover, as the page writes it ("2025"); empty if none. */
	asOf: string;
	/** The page's language (`en`, `vi`, `lo`). */
	language: string;
}

/** The day of a citation, ISO (`2026-12-03`): the day it was read, or the page's build. */
type CiteDay = { accessed: string; version?: never } | { version: string; accessed?: never };

export type CiteInput = CiteBase & CiteDay;

const dayOf = (c: CiteInput) => c.accessed ?? c.version;

/** BibTeX's special characters, escaped; braces kept balanced. */
const bib = (text: string) => text.replace(/([\\{}%&#_$^~])/g, '\\$1');

/** A BibTeX key, named by the address's anchor or last folder: letters, digits and dashes only. */
function bibKey(url: string, day: string): string {
	const [address = '', hash] = url.split('#');
	// The site's part: a full origin, or what a build without one writes in its place ("<…>").
	const path = address.replace(/^(?:[a-z]+:\/\/[^/]+|<[^>]*>)/i, '').replace(/\?.*$/, '');
	const anchor = hash || path.split('/').filter(Boolean).pop();
	const slug = (anchor || 'dashboard')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `vietnam-laos-dashboard-${slug}-${day.slice(0, 4)}`;
}

export function bibtex(c: CiteInput): string {
	const day = c.accessed !== undefined ? `Accessed ${c.accessed}` : `Version of ${c.version}`;
	const note = c.asOf ? `Data to ${c.asOf}. ${day}` : day;
	return [
		`@misc{${bibKey(c.url, dayOf(c))},`,
		`  author = {{${bib(c.site)}}},`,
		`  title = {${bib(c.title)}},`,
		`  year = {${dayOf(c).slice(0, 4)}},`,
		`  howpublished = {\\url{${c.url}}},`,
		`  url = {${c.url}},`,
		...(c.accessed !== undefined ? [`  urldate = {${c.accessed}},`] : []),
		`  language = {${c.language}},`,
		`  note = {${bib(note)}}`,
		'}'
	].join('\n');
}

const dateParts = (iso: string) => iso.split('-').map(Number);

export function cslJson(c: CiteInput): string {
	const item = {
		id: bibKey(c.url, dayOf(c)),
		type: 'dataset',
		title: c.title,
		author: [{ literal: c.site }],
		URL: c.url,
		...(c.accessed !== undefined
			? { accessed: { 'date-parts': [dateParts(c.accessed)] } }
			: { issued: { 'date-parts': [dateParts(c.version)] } }),
		language: c.language,
		...(c.asOf ? { note: `Data to ${c.asOf}` } : {})
	};
	return JSON.stringify([item], null, 2);
}
