import '$lib/i18n/strategy';
