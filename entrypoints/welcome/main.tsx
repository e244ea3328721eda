import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import '@/components/ui.css';
import { Welcome } from '@/components/welcome/Welcome';
import { grantedMosPatterns } from '@/lib/settings/items';
import { grant } from '../options/actions';

function useMosPatterns(): string[] {
  const [patterns, setPatterns] = useState<string[]>([]);
  useEffect(() => {
    void grantedMosPatterns.getValue().then(setPatterns);
    return grantedMosPatterns.watch((value) => setPatterns(value ?? []));
  }, []);
  return patterns;
}

/** Opened once, on install: where the roster comes from, the mOS address, and done. */
function WelcomePage() {
  const editorUrl = browser.runtime.getURL('/editor.html');
  const optionsUrl = browser.runtime.getURL('/options.html');
  return <Welcome patterns={useMosPatterns()} onGrant={grant} editorUrl={editorUrl} optionsUrl={optionsUrl} />;
}

document.title = i18n.t('welcome.pageTitle');
document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
render(<WelcomePage />, document.getElementById('app')!);
