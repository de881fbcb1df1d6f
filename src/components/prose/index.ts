// The components every MDX body may use without importing them: the prose entries of
// src/domain/mdx-components.ts, each drawn by its file in this folder.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { mdxComponents } from '@/domain/mdx-components';

const files = import.meta.glob<AstroComponentFactory>('./*.astro', { eager: true, import: 'default' });

export const proseComponents = Object.fromEntries(
  mdxComponents.filter((c) => !c.chaptersOnly).map((c) => [c.name, files[c.file.replace('prose/', './')]]),
);
