import { browser } from '$app/env';
import { flushSync } from 'svelte';

/**
 * Whether the page is being (or has been) printed. Print shows every chart's table, which the
 * browser otherwise renders only when asked for; once printed, tables stay rendered.
 */
let printed = $state(false);

if (browser) {
	const print = window.matchMedia('print');
	printed = print.matches;
	print.addEventListener('change', (event) => {
		if (event.matches) printed = true;
	});
	// The print layout is taken as soon as this event's listeners return: render the tables now.
	window.addEventListener('beforeprint', () => {
		printed = true;
		flushSync();
	});
}

export const printing = {
	get printed() {
		return printed;
	}
};
