/**
 * A citation of a chart or a page in the three forms readers paste: a sentence for a report's
 * notes, BibTeX for LaTeX, and CSL-JSON for Zotero, Pandoc and the reference managers. Each names
 * the dashboard, the chart's or page's title, its permanent address, the newest period its data
 * cover and the day it was read.
 */

export interface CiteInput {
	/** The chart's or page's title, in the page's language. */
	title: string;
	/** The dashboard's name, in the page's language. */
	site: string;
	/** The chart's or page's address on the site, in full. */
	url: string;
	/** The newest period the data cover, as the page writes it ("2025"); empty if none. */
	asOf: string;
	/** The day it was read, ISO (`2026-12-03`). */
	accessed: string;
	/** The page's language (`en`, `vi`, `lo`). */
	language: string;
}

/** BibTeX's special characters, escaped; braces kept balanced. */
const bib = (text: string) => text.replace(/([\\{}%&#_$^~])/g, '\\$1');

/** A BibTeX key: letters, digits and dashes only. */
function bibKey(url: string, accessed: string): string {
	const anchor =
		new URL(url).hash.slice(1) || new URL(url).pathname.split('/').filter(Boolean).pop();
	const slug = (anchor || 'dashboard')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `vietnam-laos-dashboard-${slug}-${accessed.slice(0, 4)}`;
}

export function bibtex(c: CiteInput): string {
	const note = c.asOf ? `Data to ${c.asOf}. Accessed ${c.accessed}` : `Accessed ${c.accessed}`;
	return [
		`@misc{${bibKey(c.url, c.accessed)},`,
		`  author = {{${bib(c.site)}}},`,
		`  title = {${bib(c.title)}},`,
		`  year = {${c.accessed.slice(0, 4)}},`,
		`  howpublished = {\\url{${c.url}}},`,
		`  url = {${c.url}},`,
		`  urldate = {${c.accessed}},`,
		`  language = {${c.language}},`,
		`  note = {${bib(note)}}`,
		'}'
	].join('\n');
}

const dateParts = (iso: string) => iso.split('-').map(Number);

export function cslJson(c: CiteInput): string {
	const item = {
		id: bibKey(c.url, c.accessed),
		type: 'dataset',
		title: c.title,
		author: [{ literal: c.site }],
		URL: c.url,
		accessed: { 'date-parts': [dateParts(c.accessed)] },
		language: c.language,
		...(c.asOf ? { note: `Data to ${c.asOf}` } : {})
	};
	return JSON.stringify([item], null, 2);
}
