// `npm run icons`: draws the toolbar and store icons and the store's small promo tile from store/icon.svg.
// Chromium renders them, so no image tool is needed; the PNGs are committed and only change with the artwork.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const svg = readFileSync(path.join(root, 'store/icon.svg'), 'utf8');
// Small sizes drop the store's padding: at 16 px every pixel of the artwork counts.
const cropped = svg.replace('viewBox="0 0 128 128"', 'viewBox="16 16 96 96"');
const dataUrl = (text) => `data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}`;

async function render(page, html, width, height, file) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${html}</body></html>`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width, height } });
  console.log(path.relative(root, file));
}

const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  mkdirSync(path.join(root, 'public/icon'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    const source = size === 128 ? svg : cropped;
    await render(page, `<img src="${dataUrl(source)}" width="${size}" height="${size}">`, size, size, path.join(root, `public/icon/${size}.png`));
  }
  const tile = `
    <div style="width:440px;height:280px;box-sizing:border-box;padding:36px;display:flex;align-items:center;gap:24px;
      background:linear-gradient(135deg,#f5f8fd,#dfe9f8);font-family:system-ui,'Segoe UI',Roboto,sans-serif;color:#1c2430">
      <img src="${dataUrl(cropped)}" width="112" height="112">
      <div>
        <div style="font-size:30px;font-weight:700;line-height:1.15">Roster Sync<br>for mOS</div>
        <div style="font-size:16px;margin-top:10px;color:#3d4857">HR roster in, mOS invitations out.</div>
      </div>
    </div>`;
  await render(page, tile, 440, 280, path.join(root, 'store/promo-tile-440x280.png'));
} finally {
  await browser.close();
}
