/** A month's days laid out in weeks from Monday to Sunday, as Chinese calendars print them. */
export function weeksOf<T extends { date: string }>(days: readonly T[]): (T | null)[][] {
  const first = days[0];
  if (!first) return [];
  // getUTCDay: 0 = Sunday; Monday-first columns put Sunday last.
  const lead = (new Date(`${first.date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: (T | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (T | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
