/**
 * The deck and its speaker-notes window talk over one BroadcastChannel: the deck says where it
 * is; the notes window asks for that when it opens and can step the deck.
 */
import { clampIndex, slideNames, type SlideName } from './deck';

export const CHANNEL = 'vl-deck';

export type DeckMessage =
	| { type: 'place'; deck: SlideName[]; index: number }
	| { type: 'hello' }
	| { type: 'step'; by: 1 | -1 };

/** Messages come from any page of the site; keep only the ones that have the expected shape. */
export function readMessage(data: unknown): DeckMessage | null {
	if (typeof data !== 'object' || data === null || !('type' in data)) return null;
	const m = data as Record<string, unknown>;
	if (m.type === 'hello') return { type: 'hello' };
	if (m.type === 'step' && (m.by === 1 || m.by === -1)) return { type: 'step', by: m.by };
	if (m.type === 'place' && Array.isArray(m.deck) && typeof m.index === 'number') {
		const deck = m.deck.filter((n): n is SlideName => slideNames.includes(n));
		return deck.length ? { type: 'place', deck, index: clampIndex(m.index, deck.length) } : null;
	}
	return null;
}
