// Calendar arithmetic on `YYYY-MM-DD` dates and `YYYY-MM` periods, in UTC so results never depend on the host's time zone.
const MS_PER_DAY = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Split an already validated `YYYY-MM-DD`. */
export function parseIsoDate(date: string): CalendarDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** 1 for January 1st, 365 or 366 for December 31st. */
export function dayOfYear(date: CalendarDate): number {
  return (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / MS_PER_DAY + 1;
}

/** The period (`YYYY-MM`) a date falls in. */
export function periodOfDate(date: string): string {
  return date.slice(0, 7);
}

export function yearOfPeriod(period: string): number {
  return Number(period.slice(0, 4));
}

/**
 * Days of `year` elapsed through `asOf` inclusive, and the year's length.
 * Before the year: 0 elapsed; after it: the whole year.
 */
export function yearElapsed(asOf: string, year: number): { elapsedDays: number; yearDays: number } {
  const yearDays = daysInYear(year);
  const date = parseIsoDate(asOf);
  if (date.year < year) return { elapsedDays: 0, yearDays };
  if (date.year > year) return { elapsedDays: yearDays, yearDays };
  return { elapsedDays: dayOfYear(date), yearDays };
}
