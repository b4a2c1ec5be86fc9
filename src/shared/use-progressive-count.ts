import { useEffect, useState } from "react";

/**
 * How many of `total` parts to render: `first` at once, then one more per browser task, so a long
 * page renders and lays out in pieces instead of one long task that blocks input. Use it for parts
 * below the fold, which appear without moving anything in view.
 */
export function useProgressiveCount(total: number, first = 1): number {
  const [count, setCount] = useState(() => Math.min(first, total));
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((shown) => Math.min(shown + 1, total)), 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(count, total);
}
