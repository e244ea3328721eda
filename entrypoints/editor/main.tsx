import { render } from 'preact';
import { i18n } from '#i18n';
import { localizeDocument } from '@/components/format';
import '@/components/ui.css';
import { deleteExpiredDrafts, openRosterDb, type RosterDatabase } from '@/lib/drafts';
import { readOrgSettings } from '@/lib/settings/org';
import { DraftPage } from './draft-page';
import { FileImportSlot, PICK_PARAM } from './file-import';
import { Library } from './library';
import { MappingSlot } from './mapping-slot';
import { DB_CLOSED_EVENT } from './use-editor-session';
import { ExportOutcomeBanner } from './export-outcome';
import { reportUpgradeBlocked, UpgradeBlockedBanner } from './upgrade-blocked';

const draftId = new URLSearchParams(location.search).get('draft');
/** Drafts past the retention period go whenever the editor opens, before anything is shown. */
async function withRetention(opened: RosterDatabase): Promise<RosterDatabase> {
  await deleteExpiredDrafts(opened, (await readOrgSettings()).retentionDays).catch(() => undefined);
  return opened;
}
const db = openRosterDb(undefined, { onClosedForUpgrade: () => dispatchEvent(new Event(DB_CLOSED_EVENT)), onBlocked: reportUpgradeBlocked }).then(withRetention);

function Start() {
  return (
    <main class="stack library-page">
      <h1>{i18n.t('library.heading')}</h1>
      <section class="card stack">
        <h2>{i18n.t('library.importFile')}</h2>
        <FileImportSlot db={db} openPicker={new URLSearchParams(location.search).has(PICK_PARAM)} />
      </section>
      <Library db={db} />
    </main>
  );
}

localizeDocument(i18n.t('library.pageTitle'));
render(
  draftId ? (
    <>
      <UpgradeBlockedBanner db={db} />
      <ExportOutcomeBanner id={draftId} />
      <DraftPage id={draftId} db={db} renderMapping={(props) => <MappingSlot db={db} {...props} />} />
    </>
  ) : (
    <>
      <UpgradeBlockedBanner db={db} />
      <Start />
    </>
  ),
  document.getElementById('app')!,
);
