/**
 * What the reader did before the page came alive, for the page to do again once it is
 * (replay.ts). Written by `awaitFirstMove` from the page's first script on.
 */
export interface Moves {
	/** Set once the page is live: from then on its own handlers act. */
	live?: boolean;
	/** Where a mouse pointer is. */
	pointer?: [number, number];
	/** The last key pressed, but Tab (the browser has moved the focus itself). */
	key?: KeyboardEvent;
	/** Whether something took the focus. */
	focused?: boolean;
	/** Buttons pressed: the browser does nothing for them until the page is live. */
	pressed: HTMLButtonElement[];
	/** A finger's (or pen's) last stroke: where it went down and, once lifted, where. */
	stroke?: { down: [number, number]; up?: [number, number] };
}

declare global {
	interface Window {
		__moves?: Moves;
	}
}

/**
 * Resolves at the reader's first move, or at once where the page must act as it opens: an
 * address that asks for something (a table shown, a deck chosen), a page being printed, one
 * inside another site's frame (an embed tells its host its height) or one another window opened
 * to act with it (the deck's speaker notes follow the deck).
 *
 * Runs in the page's first script, before SvelteKit's: start.ts writes its source there, so it
 * stands alone — no imports, nothing from around it.
 */
export function awaitFirstMove(): Promise<void> {
	return new Promise((go) => {
		const moves: Moves = { pressed: [] };
		window.__moves = moves;
		const track = (event: Event) => {
			if (moves.live) return;
			go();
			// A click is a PointerEvent too: asked for first.
			if (event.type === 'click' && event.target instanceof Element) {
				const button = event.target.closest('button');
				if (button && !moves.pressed.includes(button)) moves.pressed.push(button);
			} else if (event instanceof PointerEvent && event.pointerType === 'mouse') {
				moves.pointer = [event.clientX, event.clientY];
			} else if (event instanceof PointerEvent && event.type === 'pointerdown') {
				moves.stroke = { down: [event.clientX, event.clientY] };
			} else if (event instanceof PointerEvent && event.type === 'pointerup' && moves.stroke) {
				moves.stroke.up = [event.clientX, event.clientY];
			} else if (event instanceof KeyboardEvent && event.key !== 'Tab') {
				moves.key = event;
			} else if (event.type === 'focusin') {
				moves.focused = true;
			}
		};
		const kinds = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'];
		for (const kind of [...kinds, 'focusin', 'click', 'pointerup']) {
			addEventListener(kind, track, { capture: true, passive: true });
		}
		addEventListener('beforeprint', () => go());
		const atOnce = location.search || window.self !== window.top || window.opener;
		if (atOnce || matchMedia('print').matches) go();
	});
}
