import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core over the page for WCAG 2.2 AA, collecting only violations (axe skips detailing every passing
 * and incomplete node). Legacy mode runs `axe.run` in the page itself: the default runs `runPartial` in
 * each frame and then `finishRun` in a fresh blank page, which costs three times as long a page and only
 * matters for cross-origin frames, which the site never has (the content rules refuse <iframe>, and
 * nothing-leaves-the-origin.spec.ts checks that no request leaves the site).
 */
export const axe = (page: Page) =>
  new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode();
