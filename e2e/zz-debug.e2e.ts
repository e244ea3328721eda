import { it } from 'vitest';
import { startSession } from './support/extension';

it('debug', async () => {
  const session = await startSession();
  const log = (...a: unknown[]) => console.log(new Date().toISOString(), ...a);
  session.context.on('serviceworker', (w) => log('new worker', w.url()));
  const w = session.serviceWorker;
  w.on('close', () => log('worker close event'));
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl('popup.html'));
  const cdp = await session.context.newCDPSession(popup);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => log('versions', JSON.stringify(e.versions.map((v: any) => [v.scriptURL, v.runningStatus]))));
  await cdp.send('ServiceWorker.enable');
  await new Promise((r) => setTimeout(r, 500));
  try { await cdp.send('ServiceWorker.stopAllWorkers'); log('stopAll sent'); } catch (e) { log('stopAll failed', String(e)); }
  await new Promise((r) => setTimeout(r, 1500));
  try { const t = await cdp.send('Target.getTargets' as any); log('targets', JSON.stringify((t as any).targetInfos.map((x: any) => [x.type, x.url]))); } catch (e) { log('getTargets failed', String(e)); }
  log('workers now', session.context.serviceWorkers().map((x) => x.url()));
  await session.close();
}, 60_000);
