import { describe, expect, it } from 'vitest';
import { formatProblem } from '../domain/problem';
import { readDocumentary } from './read-documentary';

describe('readDocumentary', () => {
  it('reads the bundled documentary and the second one without a problem', () => {
    for (const dir of ['content', 'tests/fixtures/apollo-13']) {
      const reading = readDocumentary(dir);
      expect(reading.problems.map(formatProblem)).toEqual([]);
      expect(reading.documentary?.chapters.length).toBeGreaterThan(0);
    }
  });
});
