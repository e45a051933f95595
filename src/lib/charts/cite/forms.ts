import { bibtex, cslJson, type CiteInput } from '#lib/export/cite.ts';
import { citeText } from '#lib/i18n/text.ts';

/** A citation's three forms as the dialog and the script-free pages show them, each to copy. */
export const citeForms = (cite: CiteInput) => [
	{ key: 'text', label: citeText.plainLabel, text: citeText.plain(cite), rows: 3 },
	{ key: 'bibtex', label: 'BibTeX', text: bibtex(cite), rows: 8 },
	{ key: 'csl', label: 'CSL-JSON', text: cslJson(cite), rows: 8 }
];
