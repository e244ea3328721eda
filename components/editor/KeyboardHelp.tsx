import { i18n } from '#i18n';

/** The grid's keys, as a table of key and what it does. */
const KEYS: ReadonlyArray<[keys: () => string, does: () => string]> = [
  [() => i18n.t('editor.keys.moveKeys'), () => i18n.t('editor.keys.move')],
  [() => i18n.t('editor.keys.enterKeys'), () => i18n.t('editor.keys.enter')],
  [() => i18n.t('editor.keys.typeKeys'), () => i18n.t('editor.keys.type')],
  [() => i18n.t('editor.keys.escapeKeys'), () => i18n.t('editor.keys.escape')],
  [() => i18n.t('editor.keys.spaceKeys'), () => i18n.t('editor.keys.space')],
  [() => i18n.t('editor.keys.shiftKeys'), () => i18n.t('editor.keys.shift')],
  [() => i18n.t('editor.keys.selectAllKeys'), () => i18n.t('editor.keys.selectAll')],
  [() => i18n.t('editor.keys.undoKeys'), () => i18n.t('editor.keys.undo')],
  [() => i18n.t('editor.keys.redoKeys'), () => i18n.t('editor.keys.redo')],
];

export function KeyboardHelp() {
  return (
    <table class="keys-table">
      <caption class="sr-only">{i18n.t('editor.keysTitle')}</caption>
      <tbody>
        {KEYS.map(([keys, does]) => (
          <tr key={does()}>
            <th scope="row">
              <kbd>{keys()}</kbd>
            </th>
            <td>{does()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
