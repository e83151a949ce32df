/**
 * Numbers inside sentences ("attendance 0.74 < 0.75"). The model keeps
 * numbers unrounded; only these reasons, being words, need rounding, and a
 * value below a threshold must never print as equal to it.
 */
export function below(value: number, threshold: number): string {
  for (let digits = 2; digits <= 6; digits++) {
    const rounded = Number(value.toFixed(digits));
    if (rounded < threshold) return String(rounded);
  }
  return String(value);
}

export function attendanceShort(present: number, expected: number, threshold: number): string {
  return `attendance ${below(present / expected, threshold)} < ${threshold} (${present} of ${expected} sessions)`;
}
