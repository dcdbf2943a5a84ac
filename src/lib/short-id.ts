/**
 * Permanent short ids of articles, behind the short links `/a/<id>/` agents send. Lowercase letters and
 * digits without look-alikes (no 0/o, 1/l/i), so an id read aloud or retyped from a screenshot still works.
 * Plain module: the build derives ids, the CMS generates them.
 */
export const SHORT_ID_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const SHORT_ID_LENGTH = 6;
export const SHORT_ID_PATTERN = new RegExp(`^[${SHORT_ID_ALPHABET}]{4,12}$`);

/** A new random id, for an article created in the CMS. */
export function randomShortId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(SHORT_ID_LENGTH));
	return Array.from(bytes, (byte) => SHORT_ID_ALPHABET[byte % SHORT_ID_ALPHABET.length]).join('');
}

/**
 * The id of an article whose frontmatter has none (written by hand in Git): derived from its slug, so it
 * stays the same from build to build as long as the file keeps its name.
 */
export function derivedShortId(slug: string): string {
	// FNV-1a, 32 bits: tiny and deterministic; a rare collision fails the build's duplicate check.
	let hash = 0x811c9dc5;
	for (const char of slug) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	let id = '';
	for (let i = 0; i < SHORT_ID_LENGTH; i++) {
		hash = Math.imul(hash ^ (i + 1), 0x01000193) >>> 0;
		id += SHORT_ID_ALPHABET[hash % SHORT_ID_ALPHABET.length];
	}
	return id;
}
