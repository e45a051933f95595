import { topics, type Topic } from '$lib/data/vocabulary';

export function match(param: string): param is Topic {
	return (topics as readonly string[]).includes(param);
}
