// The components every MDX body may use without importing them.
import Person from './Person.astro';
import Term from './Term.astro';
import EventRef from './EventRef.astro';
import Cite from './Cite.astro';
import Claim from './Claim.astro';
import NoConvert from './NoConvert.astro';
import ScriptText from './ScriptText.astro';

export const proseComponents = { Person, Term, EventRef, Cite, Claim, NoConvert, ScriptText };
