/**
 * Vite names every file under /assets/ by a hash of its content: a changed file gets a new name, so a browser
 * may keep each one for a year without asking again. config.js and the HTML pages keep their names and are
 * always revalidated.
 */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The URL path of a built, content-hashed file. */
export const isHashedAssetPath = (path: string): boolean => /^\/assets\/[^/]+$/.test(path);
