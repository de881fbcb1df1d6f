// Segment trees over a fixed number of slots (rows, lanes, points in order): each query or update costs
// O(log n), so laying out n labels costs O(n log n) however crowded the chart is.

/** One value per slot (initially `initial`); finds the first slot in a range whose value is at least a threshold. */
export class FirstAtLeast {
  private readonly size: number;
  private readonly max: Float64Array;

  constructor(slots: number, initial: number) {
    let size = 1;
    while (size < Math.max(1, slots)) size *= 2;
    this.size = size;
    this.max = new Float64Array(2 * size).fill(initial);
  }

  get(slot: number): number {
    return this.max[this.size + slot];
  }

  set(slot: number, value: number): void {
    let i = this.size + slot;
    this.max[i] = value;
    for (i >>= 1; i >= 1; i >>= 1) this.max[i] = Math.max(this.max[2 * i], this.max[2 * i + 1]);
  }

  /** The lowest slot in `from`…`to` (inclusive) whose value is ≥ `threshold`, or -1. */
  first(from: number, to: number, threshold: number): number {
    const last = Math.min(to, this.size - 1);
    return from > last ? -1 : this.search(1, 0, this.size - 1, Math.max(0, from), last, threshold);
  }

  private search(node: number, lo: number, hi: number, from: number, to: number, threshold: number): number {
    if (hi < from || lo > to || this.max[node] < threshold) return -1;
    if (lo === hi) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.search(2 * node, lo, mid, from, to, threshold);
    return left !== -1 ? left : this.search(2 * node + 1, mid + 1, hi, from, to, threshold);
  }
}

/** One value per slot: the largest value set in a range of slots (-Infinity where nothing was set). */
export class RangeMax {
  private readonly size: number;
  private readonly max: Float64Array;

  constructor(slots: number) {
    let size = 1;
    while (size < Math.max(1, slots)) size *= 2;
    this.size = size;
    this.max = new Float64Array(2 * size).fill(-Infinity);
  }

  set(slot: number, value: number): void {
    let i = this.size + slot;
    this.max[i] = value;
    for (i >>= 1; i >= 1; i >>= 1) this.max[i] = Math.max(this.max[2 * i], this.max[2 * i + 1]);
  }

  /** The largest value in `from`…`to` (inclusive). */
  over(from: number, to: number): number {
    let best = -Infinity;
    for (let lo = Math.max(0, from) + this.size, hi = Math.min(to, this.size - 1) + this.size + 1; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1) best = Math.max(best, this.max[lo++]);
      if (hi & 1) best = Math.max(best, this.max[--hi]);
    }
    return best;
  }
}

/** Ranges of slots each lowered to a value; asks the lowest value any range covering a slot set (Infinity if none). */
export class LowestCover {
  private readonly size: number;
  private readonly min: Float64Array;

  constructor(slots: number) {
    let size = 1;
    while (size < Math.max(1, slots)) size *= 2;
    this.size = size;
    this.min = new Float64Array(2 * size).fill(Infinity);
  }

  /** Slots `from`…`to` (inclusive) are covered by `value`. */
  cover(from: number, to: number, value: number): void {
    for (let lo = Math.max(0, from) + this.size, hi = Math.min(to, this.size - 1) + this.size + 1; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1) {
        this.min[lo] = Math.min(this.min[lo], value);
        lo++;
      }
      if (hi & 1) {
        hi--;
        this.min[hi] = Math.min(this.min[hi], value);
      }
    }
  }

  at(slot: number): number {
    let best = Infinity;
    for (let i = this.size + slot; i >= 1; i >>= 1) best = Math.min(best, this.min[i]);
    return best;
  }
}

/** In an ascending array, the first index whose value is ≥ `value` (the array's length if none). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** In an ascending array, the first index whose value is > `value`. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
