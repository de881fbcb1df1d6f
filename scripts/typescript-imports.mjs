// Lets Node run the project's TypeScript modules as Astro and Vite do: `import './x'` finds `./x.ts`
// (or `./x/index.ts`). Node strips types on its own but, unlike a bundler, never guesses an extension.
import { registerHooks } from 'node:module';

const RELATIVE = /^\.\.?\//;

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!RELATIVE.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {}
      }
      throw error;
    }
  },
});
