/** A string as a regular expression that matches it literally (RegExp.escape, once every browser we serve has it). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
