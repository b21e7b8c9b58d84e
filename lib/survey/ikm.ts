// Survei Kepuasan Masyarakat (SKM) per PermenPANRB 14/2017: nine elements U1..U9, each answered
// on a 1–4 scale. Pure arithmetic, no I/O — usable from server code, client code and tests.

export const ELEMENTS = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;
export type Element = (typeof ELEMENTS)[number];
export type Scores = Record<Element, number>; // each an integer 1..4
export interface ElementResult {
  element: Element;
  total: number;
  nrr: number;
  weighted: number;
}
export interface IkmResult {
  responses: number;
  elements: ElementResult[];
  sumWeighted: number;
  ikm: number;
  grade: Grade | null;
  lowest: Element | null;
}
export type Grade = { grade: "A" | "B" | "C" | "D"; label: "Sangat baik" | "Baik" | "Kurang baik" | "Tidak baik" };

const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Jakarta is UTC+7 all year (no DST)

/**
 * NRR per element = sum of that element's scores / number of responses; weighted NRR = NRR × 1/9
 * (the exact fraction); IKM = Σ weighted × 25 (25..100). With no responses: responses 0, ikm 0,
 * grade null, lowest null, nrr 0.
 */
export function computeIkm(responses: readonly Scores[]): IkmResult {
  const sums = Object.fromEntries(ELEMENTS.map((e) => [e, 0])) as Record<Element, number>;
  responses.forEach((scores, i) => {
    for (const e of ELEMENTS) {
      const v: unknown = scores?.[e];
      if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 4) {
        throw new RangeError(`Response ${i + 1}: ${e.toUpperCase()} must be an integer 1..4, got ${String(v)}`);
      }
      sums[e] += v;
    }
  });
  return ikmFromSums(sums, responses.length);
}

/**
 * Grade by ≥ thresholds on the IKM value rounded to two decimals: ≥ 88.31 A "Sangat baik";
 * ≥ 76.61 B "Baik"; ≥ 65.00 C "Kurang baik"; else D "Tidak baik".
 */
export function gradeOf(ikm: number): Grade {
  if (!Number.isFinite(ikm)) throw new RangeError(`IKM must be a finite number, got ${ikm}`);
  // Round to hundredths, robustly: x * 100 can land just below a .5 (e.g. 1.005 * 100 =
  // 100.49999999999999), so first cut the float noise off at 8 decimals, then round half up.
  // Comparing whole hundredths avoids comparing against inexact decimal literals.
  const hundredths = Math.round(Number((ikm * 100).toFixed(8)));
  if (hundredths >= 8831) return { grade: "A", label: "Sangat baik" };
  if (hundredths >= 7661) return { grade: "B", label: "Baik" };
  if (hundredths >= 6500) return { grade: "C", label: "Kurang baik" };
  return { grade: "D", label: "Tidak baik" };
}

/** The same from per-element sums and a count (what a SQL GROUP BY gives): sums[element] = Σ scores. */
export function ikmFromSums(sums: Record<Element, number>, responses: number): IkmResult {
  if (!Number.isSafeInteger(responses) || responses < 0) {
    throw new RangeError(`Number of responses must be a non-negative integer, got ${responses}`);
  }
  let grandTotal = 0;
  const elements: ElementResult[] = ELEMENTS.map((element) => {
    const total: unknown = sums?.[element];
    if (typeof total !== "number" || !Number.isSafeInteger(total) || total < responses || total > 4 * responses) {
      throw new RangeError(
        `Sum of ${element.toUpperCase()} must be an integer between ${responses} and ${4 * responses}, got ${String(total)}`,
      );
    }
    grandTotal += total;
    const nrr = responses === 0 ? 0 : total / responses;
    return { element, total, nrr, weighted: nrr / 9 };
  });
  if (responses === 0) {
    return { responses: 0, elements, sumWeighted: 0, ikm: 0, grade: null, lowest: null };
  }
  // Σ (total/n × 1/9) = grandTotal / (9n): one division of integers, so the value is the double
  // nearest the exact fraction (all 1s give exactly 25, all 4s exactly 100).
  const sumWeighted = grandTotal / (9 * responses);
  const ikm = (grandTotal * 25) / (9 * responses);
  let lowest = elements[0]!;
  for (const r of elements) if (r.total < lowest.total) lowest = r; // same n, so smallest total = smallest NRR; ties keep the first
  return { responses, elements, sumWeighted, ikm, grade: gradeOf(ikm), lowest: lowest.element };
}

/** Survey period of a moment: the quarter (1..4) and year of its date in Asia/Jakarta (UTC+7, no DST). */
export function quarterOf(at: Date): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const t = at.getTime();
  if (!Number.isFinite(t)) throw new RangeError("Invalid date");
  const local = new Date(t + JAKARTA_OFFSET_MS); // read the UTC fields as Jakarta wall-clock time
  return { year: local.getUTCFullYear(), quarter: (Math.floor(local.getUTCMonth() / 3) + 1) as 1 | 2 | 3 | 4 };
}

/**
 * First day and the day after the last day of a quarter, as UTC instants of Jakarta midnight:
 * e.g. (2026, 1) → 2025-12-31T17:00:00Z … 2026-03-31T17:00:00Z.
 */
export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): { from: Date; to: Date } {
  if (!Number.isInteger(year)) throw new RangeError(`Year must be an integer, got ${year}`);
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new RangeError(`Quarter must be 1..4, got ${String(quarter)}`);
  }
  const startMonth = (quarter - 1) * 3;
  const midnight = (month: number) => {
    const d = new Date(0);
    d.setUTCFullYear(year, month, 1); // setUTCFullYear: years 0..99 are not mapped to 19xx; month 12 rolls over
    return new Date(d.getTime() - JAKARTA_OFFSET_MS);
  };
  return { from: midnight(startMonth), to: midnight(startMonth + 3) };
}
