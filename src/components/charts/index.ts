// The pictures a chapter may place where its text needs them: the chapter-only entries of
// src/domain/mdx-components.ts, each drawn by its file in this folder. Only chapters get them, so that
// event and glossary pages do not carry the charts' styles.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { mdxComponents } from '@/domain/mdx-components';

const files = import.meta.glob<AstroComponentFactory>('./*.astro', { eager: true, import: 'default' });

export const chartComponents = Object.fromEntries(
  mdxComponents.filter((c) => c.chaptersOnly).map((c) => [c.name, files[c.file.replace('charts/', './')]]),
);
