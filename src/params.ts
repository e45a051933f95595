/**
 * Route parameter matchers. `[[lang=lang]]` is `vi` or `lo`; English, the base language, has no
 * prefix. A function returns the value to match, or undefined for no match.
 */
import { defineParams } from '@sveltejs/kit/params';
// Loaded by Node itself while building, so the path names its file.
import { isTranslated } from './lib/i18n/locale.ts';

export const params = defineParams({
	lang: (param: string) => (isTranslated(param) ? param : undefined)
});
