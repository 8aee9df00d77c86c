import { useEffect, useState } from 'react';

/** The search scheduler's clock (performance.now), ticking four times a second while `live`. */
export function useNow(live: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!live) return;
    // Often enough that a trial of under a second shows its time as it runs.
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [live]);
  return now;
}
