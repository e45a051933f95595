import type { Source } from '#lib/data/schema.ts';
import { ui } from '#lib/i18n/text.ts';
import { formatPeriod, type Locale } from './format';

/** Who published a source, or who wrote it when the outlet is not known: in the reader's
 * language where the outlet has a name in it ("Báo điện tử Đảng Cộng sản Việt Nam"). */
export function sourceName(source: Source): string {
	return source.publisher || source.author || source.title || ui.unnamedSource;
}

/** "Vientiane Times, Apr 8, 2022" — the name and, where the source gives one, the date. */
export function sourceLine(source: Source, locale?: Locale): string {
	const date = source.published ? formatPeriod(source.published, locale) : '';
	return date ? `${sourceName(source)}, ${date}` : sourceName(source);
}
