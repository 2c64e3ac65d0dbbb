/** A share with its 95% Wilson score interval: honest for small n, never outside 0–1. */
export interface Share {
  successes: number;
  n: number;
  share: number | null;
  low: number;
  high: number;
}

export function wilson(successes: number, n: number, z = 1.96): Share {
  if (n === 0) return { successes, n, share: null, low: 0, high: 0 };
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n);
  const denominator = 1 + z2 / n;
  return {
    successes,
    n,
    share: p,
    low: Math.max(0, (centre - margin) / denominator),
    high: Math.min(1, (centre + margin) / denominator),
  };
}
