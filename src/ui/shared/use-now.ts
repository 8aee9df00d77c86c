import { useEffect, useState } from 'react';

/** The search scheduler's clock (performance.now), ticking every second while `live`. */
export function useNow(live: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [live]);
  return now;
}
