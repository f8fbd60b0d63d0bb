/** Every component a lesson may use without importing it. docs/writing-lessons.md documents them. */
import Bad from './Bad.astro';
import Compare from './Compare.astro';
import Good from './Good.astro';
import KeyIdea from './KeyIdea.astro';
import Reflect from './Reflect.astro';
import Safety from './Safety.astro';
import SelfCheck from './SelfCheck.astro';
import Simulator from './Simulator.astro';
import Term from './Term.astro';
import WriteYourOwn from './WriteYourOwn.astro';

export { Safety };

export const mdxComponents = { Bad, Compare, Good, KeyIdea, Reflect, Safety, SelfCheck, Simulator, Term, WriteYourOwn };
