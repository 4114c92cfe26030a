import { useEffect, useState } from 'react';
import { dayOf } from './snapshot.ts';

/** Today's UTC day (YYYY-MM-DD), as snapshots name days; it moves on at midnight UTC, by one timer a day. */
export function useToday(): string {
  const [day, setDay] = useState(() => dayOf(Date.now()));
  useEffect(() => {
    const untilMidnight = Date.parse(`${day}T00:00:00Z`) + 86_400_000 - Date.now();
    const timer = setTimeout(() => setDay(dayOf(Date.now())), Math.max(1_000, untilMidnight + 1_000));
    return () => clearTimeout(timer);
  }, [day]);
  return day;
}
