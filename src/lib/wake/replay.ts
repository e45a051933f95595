import type { Moves } from './first-move';

const frame = () => new Promise((done) => requestAnimationFrame(done));

/** Elements whose keys the browser acts on itself: theirs are never pressed again. */
const NATIVE = 'a, button, input, select, textarea, summary, [contenteditable]';

/**
 * The page is live: what the reader did while it was coming alive (first-move.ts) is done again
 * — the pointer's place (a tooltip), a key pressed on a chart, a button pressed.
 */
export async function replay(moves: Moves | undefined = window.__moves): Promise<void> {
	if (!moves) return;
	moves.live = true;
	// Charts near the reader are built in the frames after hydration (LazyDrawing): let them.
	await frame();
	await frame();
	const active = document.activeElement;
	const focus = active instanceof HTMLElement && active !== document.body ? active : undefined;
	if (moves.focused && focus) focus.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
	if (moves.pointer) {
		const [clientX, clientY] = moves.pointer;
		document
			.elementFromPoint(clientX, clientY)
			?.dispatchEvent(
				new PointerEvent('pointermove', { clientX, clientY, pointerType: 'mouse', bubbles: true })
			);
	}
	// On what holds the focus; on the page itself only where a key anywhere is the page's (the deck
	// steps on a presenter's first clicker press): elsewhere a key on the page was the browser's
	// own (a scroll), done already.
	const target = document.activeElement ?? document.body;
	const gestures = document.querySelector('[data-page-gestures]');
	const onPage = target === document.body && gestures;
	if (moves.key && (onPage || (target !== document.body && !target.closest(NATIVE)))) {
		const { key, code, shiftKey, ctrlKey, altKey, metaKey } = moves.key;
		const init = { key, code, shiftKey, ctrlKey, altKey, metaKey, bubbles: true, cancelable: true };
		target.dispatchEvent(new KeyboardEvent('keydown', init));
	}
	// A finger's stroke, only where the page takes strokes itself (the deck steps on a swipe):
	// elsewhere it was the browser's (a scroll) or a tap, whose button is pressed below.
	const { down, up } = moves.stroke ?? {};
	if (gestures && down && up) {
		const stroke = (type: string, [clientX, clientY]: [number, number]) =>
			document
				.elementFromPoint(clientX, clientY)
				?.dispatchEvent(
					new PointerEvent(type, { clientX, clientY, pointerType: 'touch', bubbles: true })
				);
		stroke('pointerdown', down);
		stroke('pointerup', up);
	}
	for (const button of moves.pressed.splice(0)) if (button.isConnected) button.click();
}
