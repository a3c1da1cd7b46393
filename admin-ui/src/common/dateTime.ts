/**
 * Dates and times shown in the browser's time zone. The API returns instants as ISO 8601 strings
 * in UTC and calendar dates as YYYY-MM-DD.
 */

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** Formats an instant as a date, such as "Dec 3, 2026". */
export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));

/** Formats an instant as a date and time, such as "Dec 3, 2026, 9:00 AM". */
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));

/** Formats a YYYY-MM-DD calendar date, such as "Dec 3, 2026", without shifting it across time zones. */
export const formatCalendarDate = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return dateFormat.format(new Date(year, month - 1, day));
};

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Converts the value of an `<input type="datetime-local">` ("2027-01-15T09:00"), read as the
 * browser's local time, to ISO 8601 with the UTC offset, such as "2027-01-15T09:00:00-06:00".
 */
export const localDateTimeToIso = (local: string): string => {
  const date = new Date(local);
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:00${offset}`
  );
};

/** Returns today's date in the browser's time zone as YYYY-MM-DD, the format of date inputs. */
export const todayAsCalendarDate = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
