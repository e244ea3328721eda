// Unit tests run outside a browser: answer browser.i18n from the same message files the build compiles.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { resolve } from 'node:path';

const locale = process.env.UNIT_LOCALE ?? 'en';
const messagesOf = async (language: string) => generateChromeMessages(await parseMessagesFile(resolve(__dirname, `../locales/${language}.yml`)));
let messages = await messagesOf(locale);

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  // Chrome's rules: $$ is a literal dollar, $1…$9 take the substitutions in order.
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => locale;

/** Answers in another language from now on (a German browser, say); with no argument, in the usual one again. */
export async function speakUnitLocale(language = locale): Promise<void> {
  messages = await messagesOf(language);
  fakeBrowser.i18n.getUILanguage = () => language;
}
