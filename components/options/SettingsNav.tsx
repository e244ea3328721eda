import { i18n } from '#i18n';

/** The settings page's sections, by the ids of their headings, in page order; deleting everything comes last. */
const SECTIONS: ReadonlyArray<[id: string, title: () => string]> = [
  ['mos-origins-title', () => i18n.t('options.origins.title')],
  ['hr-sites-title', () => i18n.t('hrsites.title')],
  ['org-settings-title', () => i18n.t('options.org.title')],
  ['next-user-id-title', () => i18n.t('options.userId.title')],
  ['settings-transfer-title', () => i18n.t('options.transfer.title')],
  ['delete-all-title', () => i18n.t('options.deleteAll.title')],
];

/** A side navigation to the settings' sections, so the page reads as parts rather than one long column. */
export function SettingsNav() {
  return (
    <nav class="settings-nav" aria-label={i18n.t('options.org.nav')} data-testid="settings-nav">
      <ul>
        {SECTIONS.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`} class={id === 'delete-all-title' ? 'danger-text' : undefined}>
              {title()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
