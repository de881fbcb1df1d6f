import type { DocEvent, Documentary } from './model';
import { datetimeAttribute, formatMoment, formatReportedDay } from './time-format';
import { utcOffsetLabel } from './time-zones';
import { describeElapsed, coarser, wholeHours } from './duration';

export interface ZonedTime {
  zoneLabel: string;
  offset: string;
  text: string;
  datetime: string;
  zone: string;
}

/** An event's time in each of the site's display zones, as precise as it is known. */
export function zonedTimes(event: Pick<DocEvent, 'epochMs' | 'precision' | 'zone'>, zones: Documentary['site']['timeZones']): ZonedTime[] {
  return zones.map(({ zone, label }) => {
    const dayElsewhere = event.precision === 'day' && zone !== event.zone;
    return {
      zone,
      zoneLabel: label,
      offset: utcOffsetLabel(event.epochMs, zone),
      text: dayElsewhere ? formatReportedDay(event.epochMs, event.zone, zone) : formatMoment(event.epochMs, zone, event.precision),
      datetime: datetimeAttribute(event.epochMs, dayElsewhere ? event.zone : zone, event.precision),
    };
  });
}

/** The two events that bound the headline duration. */
export function headlineSpan(doc: Documentary): { from: DocEvent; to: DocEvent; hours: number } {
  const find = (id: string) => doc.events.find((e) => e.id === id)!;
  const from = find(doc.site.headline.from);
  const to = find(doc.site.headline.to);
  return { from, to, hours: wholeHours(from.epochMs, to.epochMs) };
}

/** How long before or after the headline's start an event happened: "解僱後 2 小時 23 分鐘". */
export function elapsedSinceStart(event: DocEvent, doc: Documentary): string {
  const { from } = headlineSpan(doc);
  return describeElapsed(from.epochMs, event.epochMs, coarser(from.precision, event.precision), doc.site.words.headlineStart);
}
