/** The glyphs live with the scene, which draws them without a DOM; components take them here. */
export * from '$lib/scene/glyphs';
