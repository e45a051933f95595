/**
 * The one palette, as theme.css declares it, for what cannot read CSS custom properties: the
 * PowerPoint writer (slides are printed and projected on white, so it takes the light scheme) and
 * the contrast test. Reads the colour tokens of the page (`:root`) and of the deck (`.deck`) in
 * each scheme, with the cascade the browser applies: the dark scheme and the deck override the
 * light page's tokens, and a token no scheme overrides keeps its light value.
 */

export type Scheme = 'light' | 'dark';
export type Scope = 'page' | 'deck';
/** `--mark` → `#0a6bb0`. */
export type Palette = ReadonlyMap<string, string>;

interface Block {
	selector: string;
	dark: boolean;
	tokens: [string, string][];
}

/** Every rule's colour tokens, with whether a `prefers-color-scheme: dark` query holds it. */
function blocks(css: string): Block[] {
	const out: Block[] = [];
	const stack: string[] = [];
	let text = '';
	for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
		if (char === '{') {
			stack.push(text.trim());
			text = '';
		} else if (char === '}') {
			const selector = stack.pop() ?? '';
			const tokens = [...text.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\b/g)].map(
				([, name, value]) => [name, value?.toLowerCase()] as [string, string]
			);
			const dark = stack.some((outer) => /prefers-color-scheme:\s*dark/.test(outer));
			if (tokens.length) out.push({ selector, dark, tokens });
			text = '';
		} else text += char;
	}
	return out;
}

/** The colour tokens of a scope in a scheme. */
export function paletteOf(css: string, scope: Scope, scheme: Scheme): Palette {
	const all = blocks(css);
	const layers = [
		{ selector: ':root', dark: false },
		{ selector: ':root', dark: true },
		{ selector: '.deck', dark: false },
		{ selector: '.deck', dark: true }
	].filter((l) => (scheme === 'dark' || !l.dark) && (scope === 'deck' || l.selector === ':root'));
	const palette = new Map<string, string>();
	for (const layer of layers)
		for (const block of all)
			if (block.selector === layer.selector && block.dark === layer.dark)
				for (const [name, value] of block.tokens) palette.set(name, value);
	return palette;
}

/** A token's value; a missing token is a mistake in code, not in data. */
export function token(palette: Palette, name: string): string {
	const value = palette.get(name);
	if (!value) throw new Error(`theme.css: no colour token ${name}`);
	return value;
}

/** `a` mixed into `b` at `share` (0–1), in sRGB, as CSS `color-mix(in srgb, a share, b)`. */
export function mix(a: string, b: string, share: number): string {
	const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
	const mixed = [0, 1, 2].map((i) =>
		Math.round(channel(a, i) * share + channel(b, i) * (1 - share))
			.toString(16)
			.padStart(2, '0')
	);
	return `#${mixed.join('')}`;
}
