import { useEffect, useState } from 'preact/hooks';
import { ExportOutcomeNotice } from '@/components/ExportOutcomeNotice';
import { exportOutcomeOf, type ExportOutcome } from '@/lib/export/outcomes';

/** How the page export that made this draft ended: all rows, stopped, a limit hit, or rows the page said it had. */
export function ExportOutcomeBanner({ id }: { id: string }) {
  const [outcome, setOutcome] = useState<ExportOutcome>();
  useEffect(() => void exportOutcomeOf(id).then(setOutcome), [id]);
  return outcome ? (
    <div style={{ padding: '12px 24px 0' }}>
      <ExportOutcomeNotice outcome={outcome} />
    </div>
  ) : null;
}
