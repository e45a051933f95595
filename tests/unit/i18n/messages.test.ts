import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The message files as translators edit them. */
function messages(locale: string): Record<string, string> {
	const all = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
	return Object.fromEntries(Object.entries(all).filter(([key]) => key !== '$schema'));
}

const en = messages('en');
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

/**
 * Words every language writes as English does: units, formats and names. Anything else equal to
 * the English text is a message nobody translated (Paraglide would silently show the English).
 */
const SAME_IN_EVERY_LANGUAGE = new Set([
	'unit_MW',
	'unit_GWh',
	'unit_USD',
	'unit_km',
	'chartText_perSquare',
	// Punctuation around names and an address: its words are in citeText_accessed and _version.
	'citeText_plainUndated'
]);

describe.each(['vi', 'lo'])('messages/%s.json', (locale) => {
	const translated = messages(locale);

	it('has every English message, and nothing else', () => {
		expect(Object.keys(translated).sort()).toEqual(Object.keys(en).sort());
	});

	it('keeps each message’s placeholders', () => {
		const mismatched = Object.keys(en).filter(
			(key) => placeholders(en[key] ?? '').join() !== placeholders(translated[key] ?? '').join()
		);
		expect(mismatched).toEqual([]);
	});

	it('translates every message', () => {
		const untranslated = Object.keys(en).filter(
			(key) =>
				!SAME_IN_EVERY_LANGUAGE.has(key) &&
				(!translated[key]?.trim() || translated[key] === en[key])
		);
		expect(untranslated).toEqual([]);
	});

	it('leaves no English UI word in its messages', () => {
		// Words of the English messages that are never names, units or formats.
		const english = /\b(?:the|and|of|source|sources|figure|chart|table|slide|show|hide|year)\b/i;
		const leaks = Object.entries(translated).filter(([, text]) =>
			english.test(text.replace(/\{\w+\}/g, ''))
		);
		expect(leaks).toEqual([]);
	});
});
