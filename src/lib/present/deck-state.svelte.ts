import {
	clampIndex,
	defaultDeck,
	followSlide,
	moveSlide,
	parseDeck,
	toggleSlide,
	type SlideName
} from './deck';
import { typeDigit } from './keys';

/** Where the presenter is in which deck, and the slide number being typed for a jump. */
export class DeckState {
	deck = $state<SlideName[]>([...defaultDeck]);
	index = $state(0);
	/** Digits typed so far for "number + Enter". */
	typed = $state('');

	readonly total = $derived(this.deck.length);
	readonly current = $derived(this.deck[this.index] ?? 'title');
	readonly next = $derived<SlideName | undefined>(this.deck[this.index + 1]);

	/** Take the place a URL names; anything unreadable opens the default deck at its start. */
	read(search: string) {
		const place = parseDeck(search);
		this.deck = place.deck;
		this.index = place.index;
	}

	go(index: number) {
		this.index = clampIndex(index, this.total);
		this.typed = '';
	}

	step(by: number) {
		this.go(this.index + by);
	}

	type(digit: number) {
		this.typed = typeDigit(this.typed, digit);
	}

	/** Enter: jump to the typed slide number (counted from 1), if one was typed. */
	jump() {
		if (this.typed) this.go(Number(this.typed) - 1);
	}

	/** Change the deck and stay on the same slide where it is still in it. */
	setDeck(deck: SlideName[]) {
		const index = followSlide({ deck: this.deck, index: this.index }, deck);
		this.deck = deck;
		this.index = index;
	}

	toggle(name: SlideName) {
		this.setDeck(toggleSlide(this.deck, name));
	}

	move(from: number, by: -1 | 1) {
		this.setDeck(moveSlide(this.deck, from, by));
	}
}
