import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { JsonFileButton } from '../JsonFileButton';
import { Notice } from '../Notice';

export interface SettingsTransferProps {
  onExport(): void;
  /** Reads and applies a settings file; returns what to tell the admin. */
  onImport(text: string): Promise<{ kind: 'ok' | 'error'; text: string }>;
}

/** Settings out to a JSON file and back in, to set up another browser the same way. */
export function SettingsTransfer({ onExport, onImport }: SettingsTransferProps) {
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const importFile = (file: File) => {
    setResult(undefined);
    void file.text().then(onImport).then(setResult);
  };
  return (
    <section class="card stack" aria-labelledby="settings-transfer-title">
      <h2 id="settings-transfer-title">{i18n.t('options.transfer.title')}</h2>
      <p class="muted">{i18n.t('options.transfer.intro')}</p>
      <div class="row">
        <button type="button" class="secondary" data-testid="settings-export" onClick={onExport}>
          {i18n.t('options.transfer.export')}
        </button>
        <JsonFileButton label={i18n.t('options.transfer.import')} testId="settings-import" onFile={importFile} />
      </div>
      {result && (
        <Notice kind={result.kind}>
          <span data-testid="settings-import-result">{result.text}</span>
        </Notice>
      )}
    </section>
  );
}
