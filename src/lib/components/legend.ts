/** The legend's entries live with the scene, whose pictures draw them too. */
export * from '$lib/scene/legend';
