import Callout from './Callout.astro';
import Policy from './Policy.astro';
import Snippet from './Snippet.astro';
import Steps from './Steps.astro';

/** The components writers may use in MDX, passed to every rendered article (no imports in content). */
export const mdxComponents = { Callout, Policy, Snippet, Steps };
