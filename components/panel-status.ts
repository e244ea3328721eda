import { i18n } from '#i18n';
import type { PanelNote } from '@/lib/mos-panel/controller';
import { PAGE_FIELD_NAMES } from '@/lib/sources/invite/report';
import type { PanelStatus } from './ImportPanel';
import { say } from './format';

/** A field of the page's invite form by the page's own name, as the popup names it; the whole form in our words. */
const pageFieldName = (field: string): string =>
  field === 'form' ? i18n.t('words.fillField.form') : ((PAGE_FIELD_NAMES as Record<string, string>)[field] ?? field);

const templateNotes = (res: { templateNotes: string[]; templateNotesSaid?: { key: string }[] }) =>
  res.templateNotes.map((note, i) => say(note, res.templateNotesSaid?.[i]));

/** What last happened in the mOS panel, in the admin's language. */
export function panelStatusOf(note: PanelNote): PanelStatus {
  switch (note.kind) {
    case 'failed':
      return { kind: 'error', text: say(note.error, note.said) };
    case 'sending':
      return { kind: 'info', text: i18n.t('panel.sending') };
    case 'filling':
      return { kind: 'info', text: i18n.t('panel.filling') };
    case 'sent': {
      const { answer } = note;
      return {
        kind: 'ok',
        text: answer.confirmed
          ? i18n.t('panel.sentConfirmed', { file: answer.fileName, count: answer.plan.toImport })
          : i18n.t('panel.sentUnconfirmed', { file: answer.fileName }),
        notes: templateNotes(answer),
      };
    }
    case 'filled': {
      const { answer } = note;
      return {
        kind: answer.problems.length > 0 ? 'error' : 'ok',
        text: i18n.t('panel.filled', answer.filled),
        notes: answer.problemParts
          ? answer.problemParts.map((p) => `${p.email || i18n.t('words.panelForm')}: ${pageFieldName(p.field)} – ${say(p.message, p.said)}`)
          : answer.problems,
      };
    }
    case 'downloaded':
      return {
        kind: 'ok',
        text: i18n.t('panel.downloaded', { file: note.answer.fileName, count: note.answer.plan.toImport }),
        notes: templateNotes(note.answer),
      };
    case 'newPeopleDraft':
      return { kind: 'ok', text: i18n.t('panel.newPeopleDraft', { count: note.count }) };
    case 'notOnPage':
      return { kind: 'error', text: i18n.t('panel.notOnPage', { email: note.email }) };
  }
}
