/** The value kept in `store` under `key`, made by `make` the first time it is asked for. */
export function remember<K, V>(store: Map<K, V>, key: K, make: () => V): V {
	let value = store.get(key);
	if (value === undefined) store.set(key, (value = make()));
	return value;
}
