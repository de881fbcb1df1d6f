/** A moment in time as authored: ISO 8601 with its UTC offset, e.g. 2023-11-17T12:00:00-08:00. */
export interface Instant {
  /** Milliseconds since the epoch. */
  epochMs: number;
  /** The UTC offset the time was written with, in minutes east of UTC. */
  offsetMinutes: number;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an authored timestamp. Rejects a missing offset (the zone would be guessed) and impossible
 * calendar dates such as 2023-11-31, which Date would silently roll over.
 */
export function parseInstant(value: string): { instant: Instant; error?: undefined } | { instant?: undefined; error: string } {
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match) {
    return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(value)
      ? { error: `"${value}" has no UTC offset; write it like 2023-11-17T12:00:00-08:00` }
      : { error: `"${value}" is not an ISO 8601 timestamp like 2023-11-17T12:00:00-08:00` };
  }
  const [, y, mo, d, h, mi, s = '00', offset] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  const offsetMinutes =
    offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const valid =
    wallClock.getUTCFullYear() === year &&
    wallClock.getUTCMonth() === month - 1 &&
    wallClock.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    Math.abs(offsetMinutes) <= 14 * 60;
  if (!valid) return { error: `"${value}" is not a real date and time` };
  return { instant: { epochMs: wallClock.getTime() - offsetMinutes * 60_000, offsetMinutes } };
}

/** Parses a timestamp the schema has already validated. */
export function toEpochMs(value: string): number {
  const parsed = parseInstant(value);
  if (parsed.error !== undefined) throw new Error(parsed.error);
  return parsed.instant.epochMs;
}
