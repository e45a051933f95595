import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const loadedMessages = fileURLToPath(
	new URL('../src/lib/i18n/loaded-messages.ts', import.meta.url)
);

/** `const id = /** … *\/ ((inputs = {}, options = {}) => {`: one message of the compiled index. */
const definition =
	/^(export )?const (\w+) = \/\*\*.*\*\/ \(\((inputs(?: = \{\})?), options = \{\}\) => \{$/gm;
const renamedExport = /^export \{ \w+ as "[^"]+" \}$/gm;

/**
 * Client build only. Paraglide's messages index (outputStructure "locale-modules") imports every
 * language and picks one per call; in the browser it is rewritten to read the one language the
 * page loaded before hydrating (src/lib/i18n/loaded-messages.ts), so a page downloads its own
 * language's words, not three. Each message keeps its name and its arity (texts() in text.ts tells
 * a message with inputs by it). A `locale` option is not honoured in the browser: a page only ever
 * writes its own language there. The server and the tests use Paraglide's index as compiled.
 */
export function messagesPerLanguage(): Plugin {
	return {
		name: 'messages-per-language',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		transform(code, id) {
			if (!id.replace(/\\/g, '/').endsWith('/src/lib/paraglide/messages/_index.js')) return;
			const lines = [
				`import { loaded } from ${JSON.stringify(loadedMessages)};`,
				'const plain = (id) => () => loaded[id]();',
				'const withInputs = (id) => (inputs) => loaded[id](inputs);'
			];
			for (const [, exported, name, inputs] of code.matchAll(definition)) {
				const make = inputs === 'inputs' ? 'withInputs' : 'plain';
				lines.push(`${exported ?? ''}const ${name} = ${make}(${JSON.stringify(name)});`);
			}
			const messages = lines.length - 3;
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
