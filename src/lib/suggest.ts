import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name closest to a misspelt one, or undefined when nothing is close enough to be a typo.
 * Used to turn "not found" errors into "did you mean …?" hints for writers.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
	if (known.length === 0) return undefined;
	const best = closest(name, known as string[]);
	return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** " Did you mean "x"?" or an empty string. */
export function didYouMean(name: string, known: readonly string[]): string {
	const best = closestName(name, known);
	return best ? ` Did you mean "${best}"?` : '';
}
