import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * A component drawn as plain HTML while prerendering, without the markers by which the browser
 * would take it over: the browser keeps it as it is.
 */
export function staticHtml<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P
): string {
	return render(component, { props }).body.replace(/<!--[^]*?-->/g, '');
}
