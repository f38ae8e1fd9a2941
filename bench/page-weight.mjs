// The bytes a page loads from disk on a first visit: the page and every file it asks for until it settles
// (scripts, styles, tree parts, fonts), opened from file:// in headless Chromium; raw, and gzipped (level 6)
// as a static host would send them.
// Usage: node --experimental-websocket bench/page-weight.mjs SITE/page.html [more pages...]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const chromium = process.env.STUDYSITE_CHROMIUM || 'chromium';
const profile = mkdtempSync(join(tmpdir(), 'weight-'));
const browser = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--remote-debugging-port=0',
  '--user-data-dir=' + profile, '--window-size=1280,900', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
const wsUrl = await new Promise((resolve, reject) => {
  let err = '';
  browser.stderr.on('data', d => { err += d; const m = err.match(/ws:\/\/\S+/); if (m) resolve(m[0]); });
  browser.on('exit', () => reject(new Error(err)));
});
const ws = new WebSocket(wsUrl);
await new Promise(r => ws.addEventListener('open', r));
let id = 0;
const waiting = new Map();
const listeners = [];
ws.addEventListener('message', e => {
  const msg = JSON.parse(e.data);
  if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg.result); waiting.delete(msg.id); }
  else listeners.forEach(l => l(msg));
});
const send = (method, params = {}, sessionId) => new Promise(r => {
  const n = ++id; waiting.set(n, r); ws.send(JSON.stringify({ id: n, method, params, sessionId }));
});
const sleep = ms => new Promise(r => setTimeout(r, ms));

for (const page of process.argv.slice(2)) {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const urls = new Set();
  const listener = msg => {
    if (msg.sessionId === sessionId && msg.method === 'Network.requestWillBeSent') urls.add(msg.params.request.url.split(/[?#]/)[0]);
  };
  listeners.push(listener);
  await send('Network.enable', {}, sessionId);
  await send('Page.enable', {}, sessionId);
  await send('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
  await sleep(2500);
  let total = 0, gzipped = 0;
  const rows = [];
  for (const url of urls) {
    if (!url.startsWith('file:')) continue;
    const bytes = readFileSync(fileURLToPath(url));
    const gz = gzipSync(bytes, { level: 6 }).length;
    total += bytes.length;
    gzipped += gz;
    rows.push([bytes.length, gz, fileURLToPath(url)]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  console.log(`${page}: ${rows.length} files, ${total} bytes, ${gzipped} gzipped`);
  for (const [size, gz, file] of rows) console.log(`  ${String(size).padStart(9)} ${String(gz).padStart(8)}  ${file}`);
  listeners.splice(listeners.indexOf(listener), 1);
  await send('Target.closeTarget', { targetId });
}
ws.close();
browser.kill();
await sleep(300);
rmSync(profile, { recursive: true, force: true });
