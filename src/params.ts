/**
 * Route parameter matchers. `[[lang=lang]]` is `vi` or `lo`; English, the base language, has no
 * prefix; `[topic=topic]` is one of the topics. A function returns the value to match, or undefined
 * for no match.
 */
import { defineParams } from '@sveltejs/kit/params';
// Loaded by Node itself while building, so the paths name their files.
import { topics, type Topic } from './lib/data/vocabulary.ts';
import { isTranslated } from './lib/i18n/locale.ts';

export const params = defineParams({
	lang: (param: string) => (isTranslated(param) ? param : undefined),
	topic: (param: string) => topics.find((topic): topic is Topic => topic === param)
});
