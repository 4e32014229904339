/**
 * The published site's address. Calendar entries link back to their event from outside the
 * site (a calendar app has no page to resolve a relative link against), so they need it whole.
 */
export const SITE_URL = 'https://alliance-timeline.example';

/** A page's link-preview image (`/preview/<name>.png`), whole: previews cannot resolve a relative one. */
export const previewImageUrl = (name: string): string => `${SITE_URL}/preview/${name}.png`;
