import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant';

describe('parseInstant', () => {
  it('reads the offset and returns the absolute moment', () => {
    const { instant } = parseInstant('2023-11-17T12:00:00-08:00');
    expect(instant?.epochMs).toBe(Date.UTC(2023, 10, 17, 20, 0, 0));
    expect(instant?.offsetMinutes).toBe(-480);
  });
  it('treats +08:00 and -08:00 of the same wall clock as 16 hours apart', () => {
    const beijing = parseInstant('2023-11-22T14:03:00+08:00').instant!.epochMs;
    const pacific = parseInstant('2023-11-21T22:03:00-08:00').instant!.epochMs;
    expect(beijing).toBe(pacific);
  });
  it('refuses a timestamp without an offset, saying how to write it', () => {
    expect(parseInstant('2023-11-17T12:00:00').error).toMatch(/no UTC offset.*2023-11-17T12:00:00-08:00/);
    expect(parseInstant('2023-11-17').error).toMatch(/no UTC offset/);
  });
  it('refuses impossible dates that Date would roll over', () => {
    expect(parseInstant('2023-11-31T12:00:00-08:00').error).toMatch(/not a real date/);
    expect(parseInstant('2023-02-29T12:00:00Z').error).toMatch(/not a real date/);
    expect(parseInstant('2023-11-17T24:10:00Z').error).toMatch(/not a real date/);
  });
  it('refuses what is not a timestamp', () => {
    expect(parseInstant('17 Nov 2023').error).toMatch(/not an ISO 8601 timestamp/);
  });
});
