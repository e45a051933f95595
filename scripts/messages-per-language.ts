import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const loadedMessages = fileURLToPath(
	new URL('../src/lib/i18n/loaded-messages.ts', import.meta.url)
);
const messagesDir = fileURLToPath(new URL('../src/lib/paraglide/messages/', import.meta.url));
const languageModule = /\/src\/lib\/paraglide\/messages\/(en|vi|lo)\.js$/;

/** `const id = /** … *\/ ((inputs = {}, options = {}) => {`: one message of the compiled index. */
const definition =
	/^(export )?const (\w+) = \/\*\*.*\*\/ \(\((inputs(?: = \{\})?), options = \{\}\) => \{$/gm;
const renamedExport = /^export \{ \w+ as "[^"]+" \}$/gm;
/** `export const id = /** … *\/ (i) => {`: one message of a language's module. */
const languageDefinition = /^export const (\w+) = /gm;

/**
 * Messages only the build writes: the charts' findings, derived figures' labels and methods (the
 * loads write them into the figures), and the charts' titles, subtitles, notes and row labels,
 * which the table of specifications resolves at build into the pages' data (the
 * few a chart writes in the browser, its squares' key, tooltips of the years and derived notes,
 * are kept). Not the pages that ship no script: the client router still draws them on a link
 * from a scripted page. The browser's language modules leave them out, so no page downloads them;
 * a call in the browser throws, naming the message, so words written in the browser fail loudly
 * instead of showing nothing. Paraglide's compiled names are the ids in lower case, numbered.
 */
const buildOnly =
	/^(?:findingtext_|derivedlabels_|charttext_(?!persquare|eachsquare|derivednote|partial\d|years_|targetvalue|targetfor))/;

/** The message ids of Paraglide's index, in the one order the index and each language share. */
function indexIds(index: string): string[] {
	return [...index.matchAll(definition)].map((m) => m[2] ?? '').sort();
}

/**
 * Client build only. Paraglide's messages index (outputStructure "locale-modules") imports every
 * language and picks one per call; in the browser it is rewritten to read the one language the
 * page loaded before hydrating (src/lib/i18n/loaded-messages.ts), so a page downloads its own
 * language's words, not three. Each message keeps its name and its arity (texts() in text.ts tells
 * a message with inputs by it). A `locale` option is not honoured in the browser: a page only ever
 * writes its own language there. The server and the tests use Paraglide's index as compiled.
 *
 * A language's module becomes one list of its messages (its default export), read by position:
 * every page carried each of the 335 message ids twice, in the index and in the language's
 * exports, about 2 KB gzipped of names.
 */
export function messagesPerLanguage(): Plugin {
	return {
		name: 'messages-per-language',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		transform(code, id) {
			const path = id.replace(/\\/g, '/');
			if (languageModule.test(path)) {
				const ids = [...code.matchAll(languageDefinition)].map((m) => m[1] ?? '').sort();
				const expected = indexIds(readFileSync(`${messagesDir}_index.js`, 'utf8'));
				if (ids.join() !== expected.join())
					this.error(
						`${id} and the messages index name different messages: has Paraglide changed?`
					);
				const body = code.replace(languageDefinition, 'const $1 = ');
				// A build-only message's place holds 0: its text is unreferenced, and left out.
				const list = ids.map((name) => (buildOnly.test(name) ? '0' : name));
				return { code: `${body}\nexport default [${list.join(', ')}];\n`, map: null };
			}
			if (!path.endsWith('/src/lib/paraglide/messages/_index.js')) return;
			const position = new Map(indexIds(code).map((name, i) => [name, i]));
			const lines = [
				`import { loaded } from ${JSON.stringify(loadedMessages)};`,
				'const plain = (i) => () => loaded.default[i]();',
				'const withInputs = (i) => (inputs) => loaded.default[i](inputs);',
				'const buildOnly = (id) => () => { throw new Error(`${id} is written by the build only`); };'
			];
			for (const [, exported, name = '', inputs] of code.matchAll(definition)) {
				const make = buildOnly.test(name)
					? `buildOnly(${JSON.stringify(name)})`
					: `${inputs === 'inputs' ? 'withInputs' : 'plain'}(${position.get(name)})`;
				lines.push(`${exported ?? ''}const ${name} = ${make};`);
			}
			const messages = lines.length - 4;
			lines.push(...(code.match(renamedExport) ?? []));
			// A Paraglide that writes its index differently must fail the build, not ship a page
			// without words.
			const expected = (code.match(/^(?:export )?const \w+ = /gm) ?? []).length;
			if (messages === 0 || messages !== expected)
				this.error(`read ${messages} of ${expected} messages in ${id}: has Paraglide changed?`);
			return { code: lines.join('\n'), map: null };
		}
	};
}
