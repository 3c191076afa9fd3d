/**
 * Conversions between ISO-8601 instants and Asia/Shanghai wall-clock time, for
 * `<input type="datetime-local">` and for display. China has kept UTC+8 without daylight saving
 * since 1991, so a fixed offset is exact for every instant the platform handles and does not
 * depend on the server's time zone or ICU data.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2026-03-01T09:30` (Shanghai) → `2026-03-01T01:30:00.000Z`; null when not a real date-time. */
export function shanghaiLocalToIso(local: string): string | null {
  const m = LOCAL_INPUT.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(wall);
  // Date.UTC rolls 02-30 over to 03-02: refuse instead of silently moving the date.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return new Date(wall - OFFSET_MS).toISOString();
}

function shanghaiParts(iso: string): Date | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t + OFFSET_MS);
}

/** ISO instant → `YYYY-MM-DDTHH:mm` in Shanghai, the value format of datetime-local; '' if invalid. */
export function isoToShanghaiLocal(iso: string | null | undefined): string {
  const w = iso ? shanghaiParts(iso) : null;
  if (!w) return '';
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}

/** ISO instant → `YYYY-MM-DD HH:mm` for tables; legal days (`YYYY-MM-DD`) are shown as they are. */
export function formatShanghai(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return isoToShanghaiLocal(value).replace('T', ' ');
}
