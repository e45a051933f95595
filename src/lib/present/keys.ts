/**
 * The deck's key map, as a pure function of the key pressed: the deck acts on the result.
 * Clickers send PageUp/PageDown (some send arrows), so those move too.
 */

export type DeckAction =
	| { kind: 'next' }
	| { kind: 'prev' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'digit'; digit: number }
	| { kind: 'jump' }
	| { kind: 'fullscreen' }
	| { kind: 'table' }
	| { kind: 'notes' }
	| { kind: 'leave' };

export interface KeyLike {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

const byKey: Record<string, DeckAction> = {
	ArrowRight: { kind: 'next' },
	ArrowDown: { kind: 'next' },
	PageDown: { kind: 'next' },
	' ': { kind: 'next' },
	ArrowLeft: { kind: 'prev' },
	ArrowUp: { kind: 'prev' },
	PageUp: { kind: 'prev' },
	Home: { kind: 'first' },
	End: { kind: 'last' },
	Enter: { kind: 'jump' },
	f: { kind: 'fullscreen' },
	F: { kind: 'fullscreen' },
	t: { kind: 'table' },
	T: { kind: 'table' },
	s: { kind: 'notes' },
	S: { kind: 'notes' },
	Escape: { kind: 'leave' }
};

/** What a key does in the deck, or null when the deck leaves it to the browser. */
export function deckAction(event: KeyLike): DeckAction | null {
	// Browser and system shortcuts (Ctrl+P to print, Ctrl+F to find) stay theirs.
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	if (event.key === ' ' && event.shiftKey) return { kind: 'prev' };
	if (/^[0-9]$/.test(event.key)) return { kind: 'digit', digit: Number(event.key) };
	return Object.hasOwn(byKey, event.key) ? (byKey[event.key] ?? null) : null;
}

/** Typed digits become the slide number to jump to, kept short enough to mean a slide. */
export function typeDigit(typed: string, digit: number): string {
	return `${typed}${digit}`.replace(/^0+/, '').slice(-3);
}
