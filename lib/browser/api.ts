import type { browser } from 'wxt/browser';

/** The extension API as the background hands it to lib/: code takes it as a parameter, so tests pass a fake. */
export type ExtensionApi = typeof browser;

export type { ScriptPublicPath } from 'wxt/utils/inject-script';
