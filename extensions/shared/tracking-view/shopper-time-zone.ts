// The shopper's own time zone, from their browser, so scan times read in their local time.
export function shopperTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}
