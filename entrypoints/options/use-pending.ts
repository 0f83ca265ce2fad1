/** The waiting changes and the current time, for the options page's sections. */
import { useEffect, useState } from 'preact/hooks';
import { newPendingRecord, type PendingRecord } from '@/lib/settings/pending';
import { loadPending, watchPending } from '@/utils/changes';

/** The `pending` record, kept current. */
export function usePending(): PendingRecord {
  const [record, setRecord] = useState<PendingRecord>(newPendingRecord);
  useEffect(() => {
    void loadPending().then(setRecord);
    return watchPending(setRecord);
  }, []);
  return record;
}

/** `Date.now()`, again every second (the page's clock: tests drive it with page.clock). */
export function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
