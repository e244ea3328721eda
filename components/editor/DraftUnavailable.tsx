import { i18n } from '#i18n';
import type { SessionSnapshot } from '@/lib/drafts/editor/session';
import { formatNumber } from '../format';
import { Notice } from '../Notice';

const STATUS_TEXT = {
  missing: () => i18n.t('editor.missing'),
  deleted: () => i18n.t('editor.deleted'),
  closed: () => i18n.t('editor.closed'),
} as const;

/** The draft page while its draft is opening, or when it cannot be shown (gone, closed, unreadable). */
export function DraftUnavailable({ snapshot }: { snapshot: SessionSnapshot | undefined }) {
  if (!snapshot || snapshot.status === 'ready') return <Notice kind="info">{i18n.t('editor.opening')}</Notice>;
  if (snapshot.status === 'loading') {
    return <Notice kind="info">{snapshot.loaded > 0 ? i18n.t('editor.openingRows', { count: formatNumber(snapshot.loaded) }) : i18n.t('editor.opening')}</Notice>;
  }
  return (
    <main style={{ padding: '16px 24px' }}>
      <p>
        <a href="?">{i18n.t('common.allDrafts')}</a>
      </p>
      <Notice kind="error">
        {snapshot.status === 'unreadable' ? i18n.t('editor.unreadable', { reason: snapshot.loadError ?? '' }) : STATUS_TEXT[snapshot.status]()}
      </Notice>
    </main>
  );
}
