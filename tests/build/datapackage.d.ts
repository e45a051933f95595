/** The parts of frictionlessdata's `datapackage` library (no types of its own) the tests use. */
declare module 'datapackage' {
	export interface Resource {
		name: string;
		tabular: boolean;
		descriptor: { path: string; schema?: { fields: { name: string; type: string }[] } };
		/** Rows as objects by field name (`keyed`) or as arrays; throws on a cast or key error. */
		read(options: { keyed: true; cast?: boolean; relations?: boolean }): Promise<
			Record<string, unknown>[]
		>;
		read(options: { keyed?: false; cast?: boolean; relations?: boolean }): Promise<unknown[][]>;
	}
	export class Package {
		static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
		valid: boolean;
		errors: Error[];
		resources: Resource[];
		descriptor: Record<string, unknown>;
	}
}
