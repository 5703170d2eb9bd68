import dayjs, { type Dayjs } from 'dayjs';

/** The API speaks YYYY-MM-DD; antd's pickers speak dayjs. */
export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

/** Today in the park's time zone (China Standard Time), as the server counts it. */
export function todayInPark(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The park's today as a picker value: the default for every effective date a form offers. */
export function parkToday(): Dayjs {
  return dayjs(todayInPark());
}

/** Dates after today cannot be picked for effective dates or as-of reads. */
export function isAfterToday(value: Dayjs): boolean {
  return value.format('YYYY-MM-DD') > todayInPark();
}

/** A period's validTo is the day after its last day; people read the last day. */
export function lastDayOf(validTo: string): string {
  return dayjs(validTo).subtract(1, 'day').format('YYYY-MM-DD');
}
