/**
 * Map geometry for /border, cut from Natural Earth (world-atlas) at build time so the page ships
 * only the shapes it draws. Placeholder until the border map lands.
 */
export interface BorderMapData {
	placeholder: true;
}

export function borderMapData(): BorderMapData {
	return { placeholder: true };
}
