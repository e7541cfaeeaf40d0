/** The sizes of the Linux icon set, in px. */
export const ICON_SIZES: number[]
/** Draws every icon file from resources/icon.svg into `outDir` (default: build/). */
export function makeIcons(outDir?: string): Promise<{ svg: string }>
