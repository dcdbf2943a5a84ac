/**
 * How much one search shows: a plain module (no imports) so the benchmarks can load exactly what the
 * site's search does.
 */

/** How many results a search shows; more are rarely read and cost a fragment request each. */
export const RESULT_LIMIT = 8;
/** Words in an excerpt; the same length is passed to Pagefind (`excerptLength`). */
export const EXCERPT_WORDS = 22;
