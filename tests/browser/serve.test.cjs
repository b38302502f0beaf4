// zio serve in a real browser: Debian's headless chromium driven by
// playwright-core. The scenario of issue 11: the overview, the draft
// example with W02 at its line, typing a geschillenregeling (W02 goes, the
// preview gains the article), saving (file and history on disk), an edit
// outside the page followed, the ODT downloaded and opened by LibreOffice,
// axe-core on every page, screenshots under BUILD/preview/.
// Usage: node serve.test.cjs ZIO_EXE SOURCE_DIR BUILD_DIR CHROMIUM
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync } = require('child_process');

const [zio, src, build, chromiumPath] = process.argv.slice(2);
const nodeDir = path.join(build, 'node', 'node_modules');
const { chromium } = require(path.join(nodeDir, 'playwright-core'));
const axeSource = fs.readFileSync(path.join(nodeDir, 'axe-core', 'axe.min.js'), 'utf8');
const shots = path.join(build, 'preview');
fs.mkdirSync(shots, { recursive: true });

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zio-browser-'));
const dir = path.join(work, 'regios');
fs.mkdirSync(dir);
for (const f of ['concept-met-gaten.yaml', 'hart-van-brabant.yaml', 'landelijk.yaml'])
  fs.copyFileSync(path.join(src, 'examples', f), path.join(dir, f));
const draft = path.join(dir, 'concept-met-gaten.yaml');
const original = fs.readFileSync(draft, 'utf8');

function step(name) { console.log('# ' + name); }

async function startServer(lang) {
  const args = (lang ? ['--lang', lang] : []).concat(['serve', dir]);
  const proc = spawn(zio, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl).trim());
    });
    proc.on('exit', (code) => reject(new Error('zio serve exited with ' + code)));
  });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}$/);
  return { proc, url, origin: new URL(url).origin };
}

async function axe(page, name) {
  await page.evaluate(axeSource);  // through DevTools, not a script tag: our CSP stays on
  const r = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
  }));
  const v = r.violations.map((x) => x.id + ': ' + x.help + ' (' + x.nodes.map((n) => n.target.join(' ')).join(', ') + ')');
  assert.deepStrictEqual(v, [], 'axe on ' + name);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, name + '.png'), fullPage: false });
}

async function ready(page) {
  await page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });
}

(async () => {
  const server = await startServer();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  // The conflict step's refused save is a 409 on purpose; any other error counts.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 409 \(Conflict\)/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  // Offline: nothing may leave 127.0.0.1.
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin !== server.origin && !u.protocol.startsWith('data')) {
      problems.push('network request to ' + u.href);
      return route.abort();
    }
    return route.continue();
  });
  try {
    step('overview');
    await page.goto(server.url);
    assert.strictEqual(new URL(page.url()).search, '', 'the token leaves the address bar');
    await ready(page);
    const row = page.locator('tr[data-file="concept-met-gaten.yaml"]');
    await row.waitFor();
    assert.ok(Number(await row.locator('td').nth(3).innerText()) > 0, 'the draft has fouten');
    assert.match(await page.locator('tr[data-file="hart-van-brabant.yaml"]').innerText(), /\bja\b/);
    await shot(page, '01-overzicht');
    await axe(page, 'overview');

    step('the draft with W02 at its line');
    await row.locator('a').click();
    await ready(page);
    const w02 = page.locator('#findings li[data-rule="W02"]');
    await w02.waitFor();
    const line = Number(await w02.getAttribute('data-line'));
    assert.strictEqual(original.split('\n')[line - 1], 'afspraken:', 'W02 points at afspraken:');
    const gutter = page.locator('#gutter .ln[data-line="' + line + '"]');
    assert.match(await gutter.getAttribute('class'), /has-fout/);
    assert.match(await gutter.getAttribute('data-rules'), /W02/);
    const preview = page.frameLocator('#preview');
    await preview.locator('h1, h2').first().waitFor();
    // The draft's article is still a marker to fill in.
    assert.match(await preview.locator('body').innerText(), /nog in te vullen: vorm van de geschillenregeling/);
    await shot(page, '02-concept');
    // The findings list jumps to the line.
    await w02.locator('button').click();
    const selLine = await page.evaluate(() => {
      const ed = document.getElementById('editor');
      return ed.value.slice(0, ed.selectionStart).split('\n').length;
    });
    assert.strictEqual(selLine, line);
    await shot(page, '02b-naar-W02-gesprongen');
    await axe(page, 'region page');

    step('type a geschillenregeling');
    await page.evaluate((l) => {
      const ed = document.getElementById('editor');
      const lines = ed.value.split('\n');
      let at = 0;
      for (let i = 0; i < l; i++) at += lines[i].length + 1;
      ed.focus();
      ed.setSelectionRange(at - 1, at - 1);  // the end of "afspraken:"
    }, line);
    await page.keyboard.type('\n  geschillenregeling:\n    vorm: bindend_advies\n    instantie: de Geschillencommissie Zorg in Onderwijstijd', { delay: 2 });
    await w02.waitFor({ state: 'detached', timeout: 5000 });
    await preview.locator('h2', { hasText: 'Geschillenregeling' }).waitFor({ timeout: 5000 });
    await preview.locator('li', { hasText: 'Geschillencommissie Zorg in Onderwijstijd' }).waitFor({ timeout: 5000 });
    const article = await preview.locator('body').innerText();
    assert.match(article, /bindend advies/);
    assert.doesNotMatch(article, /nog in te vullen: vorm van de geschillenregeling/);
    assert.match(await page.locator('#save-state').innerText(), /Niet opgeslagen/);
    await shot(page, '03-geschillenregeling-getypt');

    step('save: the file and its history on disk');
    await page.click('#save');
    await page.locator('#save-state', { hasText: 'Alles opgeslagen' }).waitFor();
    const saved = fs.readFileSync(draft, 'utf8');
    assert.match(saved, /\n  geschillenregeling:\n    vorm: bindend_advies\n/);
    const hist = path.join(dir, '.zio', 'geschiedenis');
    const copies = fs.readdirSync(hist);
    assert.strictEqual(copies.length, 1);
    assert.match(copies[0], /^concept-met-gaten\.\d{8}T\d{6}\.yaml$/);
    assert.strictEqual(fs.readFileSync(path.join(hist, copies[0]), 'utf8'), original);
    await shot(page, '04-opgeslagen');

    step('an edit outside the page is followed within a second');
    const outside = saved.replace(/^  scholen: \[de-waterlelie\]$/m, '  scholen: [de-waterlelie, het-baken]')
      .replace(/^afspraken:$/m, 'afspraken:\n  pgb:\n    maatwerk_mogelijk: true\n    voorwaarden: Een pgb in de klas blijft mogelijk als het collectieve aanbod niet past.');
    assert.notStrictEqual(outside, saved);
    const t0 = Date.now();
    fs.writeFileSync(draft + '.tmp', outside);
    fs.renameSync(draft + '.tmp', draft);
    await page.waitForFunction((t) => document.getElementById('editor').value === t, outside, { timeout: 3000 });
    const followed = Date.now() - t0;
    console.log('# followed in ' + followed + ' ms');
    assert.ok(followed < 1500, 'followed in ' + followed + ' ms');
    await page.locator('#findings li[data-rule="W03"]').waitFor({ state: 'detached' });
    await page.locator('#concept-note').waitFor({ state: 'hidden' });
    assert.match(await page.locator('#region-counts').innerText(), /^0 fouten/);
    await shot(page, '05-buiten-de-pagina-gewijzigd');

    step('download the signable contract as ODT; LibreOffice opens it');
    await page.locator('#downloads a[data-format="odt"]').scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#downloads a[data-format="odt"]')]);
    assert.strictEqual(download.suggestedFilename(), 'concept-met-gaten-contract.odt');
    const odt = path.join(work, 'contract.odt');
    await download.saveAs(odt);
    execFileSync('soffice', ['--headless', '-env:UserInstallation=file://' + path.join(work, 'lo-profile'),
      '--convert-to', 'pdf', '--outdir', work, odt], { stdio: 'ignore', timeout: 120000 });
    assert.ok(fs.statSync(path.join(work, 'contract.pdf')).size > 1000, 'LibreOffice made a PDF of the ODT');

    step('a save from a stale version shows both versions');
    await page.evaluate(() => {
      const ed = document.getElementById('editor');
      ed.value += '# mijn wijziging\n';
      ed.dispatchEvent(new Event('input'));
    });
    fs.writeFileSync(draft, outside + '# van een collega\n');
    await page.locator('#notice', { hasText: 'buiten deze pagina gewijzigd' }).waitFor({ timeout: 3000 });
    await page.click('#save');
    await page.locator('#conflict').waitFor();
    assert.match(await page.locator('#conflict-disk').inputValue(), /# van een collega/);
    assert.match(await page.locator('#conflict-mine').inputValue(), /# mijn wijziging/);
    assert.match(fs.readFileSync(draft, 'utf8'), /# van een collega\n$/);
    await shot(page, '06-conflict');
    await axe(page, 'conflict');
    await page.click('#take-disk');
    await page.locator('#conflict').waitFor({ state: 'hidden' });

    step('the report');
    await page.goto(server.origin + '/rapport');
    await ready(page);
    await page.frameLocator('#report').locator('svg').first().waitFor();
    await shot(page, '07-rapportage');
    await axe(page, 'report');

    step('keyboard: the overview is usable without a mouse; it follows new files');
    await page.goto(server.origin + '/');
    await ready(page);
    const t1 = Date.now();
    fs.copyFileSync(path.join(src, 'examples', 'gemengde-clusters.yaml'), path.join(dir, 'nieuw.yaml'));
    await page.locator('tr[data-file="nieuw.yaml"]').waitFor({ timeout: 3000 });
    assert.ok(Date.now() - t1 < 1500, 'overview followed in ' + (Date.now() - t1) + ' ms');
    await page.keyboard.press('Tab');
    assert.strictEqual(await page.evaluate(() => document.activeElement.className), 'skip');
    await axe(page, 'overview with the new-region form');

    step('a new region from the reference data');
    await page.selectOption('#new-jeugdregio', 'JZ14');
    assert.strictEqual(await page.inputValue('#new-name'), 'jz14.yaml');
    await page.click('#new-form button[type="submit"]');
    await page.waitForURL('**/bestand/jz14.yaml');
    await ready(page);
    const made = fs.readFileSync(path.join(dir, 'jz14.yaml'), 'utf8');
    assert.strictEqual(made, execFileSync(zio, ['init', '--jeugdregio', 'JZ14', '-o', '-'], { encoding: 'utf8' }));
    await page.locator('#findings li').first().waitFor();
    await shot(page, '09-nieuwe-regio');

    assert.deepStrictEqual(problems, [], 'no console errors, CSP violations or network requests');
    console.log('ok: zio serve in chromium');
  } finally {
    await context.close();
    server.proc.kill('SIGTERM');
    await new Promise((r) => server.proc.on('exit', r));
    fs.rmSync(profile, { recursive: true, force: true });
  }
  // English with --lang en: the same page in English, also accessible.
  const en = await startServer('en');
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
  try {
    const p = await browser.newPage();
    await p.goto(en.url);
    await ready(p);
    assert.strictEqual(await p.getAttribute('html', 'lang'), 'en');
    assert.match(await p.locator('h1').first().innerText(), /Region files/);
    await shot(p, '08-overview-en');
    await axe(p, 'overview (en)');
  } finally {
    await browser.close();
    en.proc.kill('SIGTERM');
    fs.rmSync(work, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
