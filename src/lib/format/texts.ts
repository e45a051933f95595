/**
 * The formatted texts (values, periods) a page shows, kept by language and input. A server render
 * records the ones it made and the page carries them (the root layout writes the block), so the browser
 * starts with them instead of formatting each again as it hydrates: a date range through Intl
 * costs a tenth of a millisecond, four times that on a phone, and a topic page shows a hundred.
 * Apart from format.ts so the client hook can load them without the formatting code.
 */
import { remember } from '../memo';

const texts = new Map<string, string>();
let recorded: Map<string, string> | undefined;

/** The text kept under `key`, made by `make` the first time (and recorded while recording). */
export function formattedText(key: string, make: () => string): string {
	const text = remember(texts, key, make);
	recorded?.set(key, text);
	return text;
}

/** Starts a page's record: the texts formatted from now on (a server render is synchronous). */
export function startRecordingTexts(): void {
	recorded = new Map();
}

/** The id of the page's data block of texts. */
export const TEXTS_BLOCK_ID = 'formatted-texts';

/** The texts formatted since the record started, as JSON for an inline data block. */
export function recordedTextsJson(): string {
	const json = JSON.stringify([...(recorded ?? [])]);
	recorded = undefined;
	// Inside <script>, "</script>" or "<!--" in a text would end or break the block.
	return json.replaceAll('<', '\\u003c');
}

const blockStart = `<script type="application/json" id="${TEXTS_BLOCK_ID}">`;

/** The data block that carries them: JSON, which the browser does not run. */
export function recordedTextsBlock(): string {
	return `${blockStart}${recordedTextsJson()}</script>`;
}

/** The page without its block ('<' is escaped inside, so the first "</script>" ends it). */
export function withoutTextsBlock(html: string): string {
	const start = html.indexOf(blockStart);
	if (start < 0) return html;
	const end = html.indexOf('</script>', start) + '</script>'.length;
	return html.slice(0, start) + html.slice(end);
}

/** Takes in the texts a server render recorded for this page: the block's JSON, as written by
 * `recordedTextsBlock`. Anything else (no block, a broken one) primes nothing. */
export function primeTexts(json: string | null | undefined): void {
	let entries: unknown;
	try {
		entries = JSON.parse(json ?? '[]');
	} catch {
		return;
	}
	if (!Array.isArray(entries)) return;
	for (const entry of entries) {
		const [key, text] = Array.isArray(entry) ? entry : [];
		if (typeof key === 'string' && typeof text === 'string') texts.set(key, text);
	}
}
