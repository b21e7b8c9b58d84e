import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeIkm,
  ELEMENTS,
  gradeOf,
  ikmFromSums,
  quarterOf,
  quarterRange,
  type Element,
  type Scores,
} from "@/lib/survey/ikm";

const scores = (...v: number[]): Scores => Object.fromEntries(ELEMENTS.map((e, i) => [e, v[i]])) as Scores;
const all = (v: number): Scores => scores(v, v, v, v, v, v, v, v, v);

describe("computeIkm — worked example (PermenPANRB 14/2017)", () => {
  // Four filled questionnaires:
  //            U1 U2 U3 U4 U5 U6 U7 U8 U9   row sum
  //   R1        4  3  3  4  3  4  4  3  4     32
  //   R2        3  3  2  4  3  3  4  2  3     27
  //   R3        4  4  3  4  3  3  4  3  3     31
  //   R4        3  2  3  4  4  3  4  3  3     29
  //   total    14 12 11 16 13 13 16 11 13    119
  //
  // NRR = total / 4:       3.5  3  2.75  4  3.25  3.25  4  2.75  3.25
  // weighted = NRR × 1/9:  7/18 1/3 11/36 4/9 13/36 13/36 4/9 11/36 13/36
  // Σ weighted = 119/36 = 3.30555…
  // IKM = 119/36 × 25 = 2975/36 = 82.63888…  → 76.61 ≤ 82.64 < 88.31 → B "Baik"
  // lowest NRR: U3 and U8 both 2.75 → the first, U3.
  const responses = [
    scores(4, 3, 3, 4, 3, 4, 4, 3, 4),
    scores(3, 3, 2, 4, 3, 3, 4, 2, 3),
    scores(4, 4, 3, 4, 3, 3, 4, 3, 3),
    scores(3, 2, 3, 4, 4, 3, 4, 3, 3),
  ];
  const r = computeIkm(responses);

  it("gives the per-element totals, NRR and weighted NRR (exact 1/9)", () => {
    expect(r.responses).toBe(4);
    expect(r.elements.map((e) => e.element)).toEqual([...ELEMENTS]);
    expect(r.elements.map((e) => e.total)).toEqual([14, 12, 11, 16, 13, 13, 16, 11, 13]);
    expect(r.elements.map((e) => e.nrr)).toEqual([3.5, 3, 2.75, 4, 3.25, 3.25, 4, 2.75, 3.25]);
    const weighted = [7 / 18, 1 / 3, 11 / 36, 4 / 9, 13 / 36, 13 / 36, 4 / 9, 11 / 36, 13 / 36];
    r.elements.forEach((e, i) => expect(e.weighted).toBeCloseTo(weighted[i]!, 12));
    // Not the rounded 0.11 weight of some spreadsheets: 3.5 × 0.11 = 0.385 ≠ 7/18 = 0.3888…
    expect(r.elements[0]!.weighted).not.toBeCloseTo(0.385, 4);
  });

  it("gives Σ weighted, the IKM value unrounded, the grade and the lowest element", () => {
    expect(r.sumWeighted).toBeCloseTo(119 / 36, 12);
    expect(r.ikm).toBeCloseTo(2975 / 36, 10);
    expect(r.ikm).toBeCloseTo(82.638888889, 8);
    expect(r.grade).toEqual({ grade: "B", label: "Baik" });
    expect(r.lowest).toBe("u3");
  });

  it("does not depend on the order of the responses", () => {
    expect(computeIkm([...responses].reverse())).toEqual(r);
  });
});

describe("computeIkm — extremes and edge cases", () => {
  it("all 1s → exactly 25.00, D Tidak baik; all 4s → exactly 100, A Sangat baik", () => {
    const low = computeIkm([all(1), all(1), all(1)]);
    expect(low.ikm).toBe(25);
    expect(low.sumWeighted).toBe(1);
    expect(low.grade).toEqual({ grade: "D", label: "Tidak baik" });
    expect(low.lowest).toBe("u1");
    const high = computeIkm([all(4)]);
    expect(high.ikm).toBe(100);
    expect(high.sumWeighted).toBe(4);
    expect(high.grade).toEqual({ grade: "A", label: "Sangat baik" });
  });

  it("no responses → 0, no grade, no lowest, NRR 0", () => {
    const r = computeIkm([]);
    expect(r).toMatchObject({ responses: 0, ikm: 0, sumWeighted: 0, grade: null, lowest: null });
    expect(r.elements).toHaveLength(9);
    for (const e of r.elements) expect(e).toMatchObject({ total: 0, nrr: 0, weighted: 0 });
  });

  it("lowest is the element with the smallest NRR, the first on ties", () => {
    expect(computeIkm([scores(4, 4, 4, 4, 4, 4, 4, 4, 1)]).lowest).toBe("u9");
    expect(computeIkm([scores(4, 2, 3, 2, 4, 4, 4, 4, 2)]).lowest).toBe("u2");
    expect(computeIkm([all(3)]).lowest).toBe("u1");
  });

  it("rejects scores that are not integers 1..4, and missing elements", () => {
    for (const bad of [0, 5, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => computeIkm([all(3), scores(3, 3, 3, 3, bad, 3, 3, 3, 3)])).toThrow(RangeError);
    }
    expect(() => computeIkm([{ ...all(3), u7: "3" as unknown as number }])).toThrow(RangeError);
    const missing: Partial<Scores> = all(3);
    delete missing.u9;
    expect(() => computeIkm([missing as Scores])).toThrow(RangeError);
    expect(() => computeIkm([all(3), scores(3, 3, 3, 3, 3, 3, 3, 3, 0)])).toThrow(/Response 2: U9/);
  });
});

describe("gradeOf", () => {
  it.each([
    [25, "D"],
    [64.99, "D"],
    [64.994, "D"],
    [64.995, "C"],
    [65, "C"],
    [76.6, "C"],
    [76.6049, "C"],
    [76.605, "B"], // rounds to 76.61
    [76.61, "B"],
    [88.3, "B"],
    [88.3049, "B"], // rounds to 88.30
    [88.305, "A"],
    [88.31, "A"],
    [100, "A"],
  ] as const)("gradeOf(%s) = %s", (ikm, grade) => {
    expect(gradeOf(ikm).grade).toBe(grade);
  });

  it("pairs each grade with its label", () => {
    expect(gradeOf(90)).toEqual({ grade: "A", label: "Sangat baik" });
    expect(gradeOf(80)).toEqual({ grade: "B", label: "Baik" });
    expect(gradeOf(70)).toEqual({ grade: "C", label: "Kurang baik" });
    expect(gradeOf(50)).toEqual({ grade: "D", label: "Tidak baik" });
  });

  it("rounds half-hundredths up even when × 100 lands just below .5 in floating point", () => {
    // 1.005 * 100 === 100.49999999999999 — a naive Math.round(x * 100) gets these wrong.
    expect(1.005 * 100).toBeLessThan(100.5);
    // Sums that should be exactly on a half-hundredth land just below it:
    expect(76.6 + 0.005).toBeLessThan(76.605); // 76.60499999999999, × 100 = 7660.499999999999
    expect(gradeOf(76.6 + 0.005).grade).toBe("B");
    expect(64.99 + 0.005).toBeLessThan(64.995); // 64.99499999999999
    expect(gradeOf(64.99 + 0.005).grade).toBe("C");
    expect(gradeOf(88.3 + 0.005).grade).toBe("A");
    for (const edge of [64.995, 76.605, 88.305]) {
      expect(gradeOf(edge).grade).toBe(gradeOf(edge + 0.005).grade);
    }
    // The IKM as computed from scores: 2975/36 etc. Any value computed near an edge agrees with
    // its two-decimal rounding written as a literal.
    expect(gradeOf(76.61 - 0.005).grade).toBe("B");
    expect(gradeOf(76.61 - 0.0051).grade).toBe("C");
  });

  it("is monotone over 25..100", () => {
    const rank = { D: 0, C: 1, B: 2, A: 3 } as const;
    fc.assert(
      fc.property(fc.double({ min: 25, max: 100, noNaN: true }), fc.double({ min: 25, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank[gradeOf(lo).grade]).toBeLessThanOrEqual(rank[gradeOf(hi).grade]);
      }),
    );
  });

  it("rejects non-finite values", () => {
    expect(() => gradeOf(Number.NaN)).toThrow(RangeError);
    expect(() => gradeOf(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("ikmFromSums", () => {
  const scoresArb = fc
    .tuple(...ELEMENTS.map(() => fc.integer({ min: 1, max: 4 })))
    .map((v) => Object.fromEntries(ELEMENTS.map((e, i) => [e, v[i]])) as Scores);

  it("agrees with computeIkm on random data", () => {
    fc.assert(
      fc.property(fc.array(scoresArb, { maxLength: 200 }), (responses) => {
        const sums = Object.fromEntries(ELEMENTS.map((e) => [e, responses.reduce((s, r) => s + r[e], 0)])) as Record<Element, number>;
        const viaSums = ikmFromSums(sums, responses.length);
        expect(viaSums).toEqual(computeIkm(responses));
        if (responses.length > 0) {
          expect(viaSums.ikm).toBeGreaterThanOrEqual(25);
          expect(viaSums.ikm).toBeLessThanOrEqual(100);
          // IKM = Σ weighted × 25, and Σ weighted = Σ NRR / 9
          expect(viaSums.ikm).toBeCloseTo(viaSums.sumWeighted * 25, 10);
          const sumNrr = viaSums.elements.reduce((s, e) => s + e.nrr, 0);
          expect(viaSums.sumWeighted).toBeCloseTo(sumNrr / 9, 10);
        }
      }),
    );
  });

  it("works from a GROUP BY row", () => {
    const r = ikmFromSums({ u1: 14, u2: 12, u3: 11, u4: 16, u5: 13, u6: 13, u7: 16, u8: 11, u9: 13 }, 4);
    expect(r.ikm).toBeCloseTo(2975 / 36, 10);
    expect(r.grade?.grade).toBe("B");
    expect(r.lowest).toBe("u3");
  });

  it("rejects sums that no set of 1..4 scores can give, and bad counts", () => {
    const ok = Object.fromEntries(ELEMENTS.map((e) => [e, 30])) as Record<Element, number>;
    expect(() => ikmFromSums(ok, 10)).not.toThrow();
    expect(() => ikmFromSums({ ...ok, u4: 9 }, 10)).toThrow(RangeError); // below 1 × n
    expect(() => ikmFromSums({ ...ok, u4: 41 }, 10)).toThrow(RangeError); // above 4 × n
    expect(() => ikmFromSums({ ...ok, u4: 30.5 }, 10)).toThrow(RangeError);
    expect(() => ikmFromSums(ok, -1)).toThrow(RangeError);
    expect(() => ikmFromSums(ok, 10.5)).toThrow(RangeError);
    expect(() => ikmFromSums(ok, 0)).toThrow(RangeError);
    const zero = Object.fromEntries(ELEMENTS.map((e) => [e, 0])) as Record<Element, number>;
    expect(ikmFromSums(zero, 0)).toEqual(computeIkm([]));
  });
});

describe("quarterOf (Asia/Jakarta, UTC+7)", () => {
  it.each([
    ["2025-12-31T16:59:59Z", 2025, 4],
    ["2025-12-31T17:00:00Z", 2026, 1],
    ["2026-03-31T16:59:59Z", 2026, 1],
    ["2026-03-31T17:00:00Z", 2026, 2],
    ["2026-06-30T16:59:59.999Z", 2026, 2],
    ["2026-06-30T17:00:00Z", 2026, 3],
    ["2026-09-30T17:00:00Z", 2026, 4],
    ["2026-12-31T16:59:59Z", 2026, 4],
    ["2026-12-31T17:00:00Z", 2027, 1],
  ] as const)("%s → %i Q%i", (iso, year, quarter) => {
    expect(quarterOf(new Date(iso))).toEqual({ year, quarter });
  });

  it("rejects an invalid date", () => {
    expect(() => quarterOf(new Date("nope"))).toThrow(RangeError);
  });
});

describe("quarterRange", () => {
  it.each([
    [2026, 1, "2025-12-31T17:00:00.000Z", "2026-03-31T17:00:00.000Z"],
    [2026, 2, "2026-03-31T17:00:00.000Z", "2026-06-30T17:00:00.000Z"],
    [2026, 3, "2026-06-30T17:00:00.000Z", "2026-09-30T17:00:00.000Z"],
    [2026, 4, "2026-09-30T17:00:00.000Z", "2026-12-31T17:00:00.000Z"],
    [2028, 1, "2027-12-31T17:00:00.000Z", "2028-03-31T17:00:00.000Z"],
  ] as const)("(%i, Q%i) → %s … %s", (year, quarter, from, to) => {
    const r = quarterRange(year, quarter);
    expect(r.from.toISOString()).toBe(from);
    expect(r.to.toISOString()).toBe(to);
  });

  it("is the inverse of quarterOf: from and to − 1 ms lie in the quarter, to in the next", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2200 }), fc.constantFrom(1, 2, 3, 4 as const), (year, quarter) => {
        const { from, to } = quarterRange(year, quarter as 1 | 2 | 3 | 4);
        expect(quarterOf(from)).toEqual({ year, quarter });
        expect(quarterOf(new Date(from.getTime() - 1))).not.toEqual({ year, quarter });
        expect(quarterOf(new Date(to.getTime() - 1))).toEqual({ year, quarter });
        expect(quarterOf(to)).toEqual(quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 });
      }),
    );
  });

  it("rejects a bad year or quarter", () => {
    expect(() => quarterRange(2026.5, 1)).toThrow(RangeError);
    expect(() => quarterRange(2026, 5 as 1)).toThrow(RangeError);
  });
});
