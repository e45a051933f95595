import { isTranslated, type TranslatedLocale } from '$lib/i18n/locale';

/** `/vi/…` and `/lo/…`; English, the base language, has no prefix. */
export function match(param: string): param is TranslatedLocale {
	return isTranslated(param);
}
