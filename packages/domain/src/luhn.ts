/** Luhn (mod 10) check used by bank card numbers. Expects ASCII digits only. */
export function isLuhnValid(s: string): boolean {
  if (!/^\d{2,}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = s.charCodeAt(s.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The digit to append to `payload` so that the whole number passes Luhn. */
export function luhnCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) if (isLuhnValid(payload + d)) return String(d);
  throw new RangeError('payload must be ASCII digits');
}
