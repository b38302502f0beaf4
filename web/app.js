// zio serve: the page's behaviour. Every text comes from /api/strings (one
// place per language, on the server); everything from a region file is
// put in the page as text (textContent, value), never as markup. The
// previews are the HTML writer's own documents in sandboxed frames.
'use strict';

(function () {
  let T = {};
  const $ = (id) => document.getElementById(id);
  const POLL_MS = 500;      // outside edits show within a second
  const DEBOUNCE_MS = 250;  // typing pauses before a check

  function t(key, vars) {
    let s = T[key] || key;
    for (const k in vars || {}) s = s.split('{' + k + '}').join(String(vars[k]));
    return s;
  }

  async function api(path, options) {
    const res = await fetch(path, Object.assign({ credentials: 'same-origin', cache: 'no-store' }, options || {}));
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    return { ok: res.ok, status: res.status, body: body };
  }

  function notice(text) {
    const n = $('notice');
    n.textContent = text || '';
    n.hidden = !text;
  }

  function fillStrings() {
    document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
    document.querySelectorAll('[data-t-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.tLabel)); });
    document.querySelectorAll('[data-t-title]').forEach((el) => { el.setAttribute('title', t(el.dataset.tTitle)); });
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function countsText(j) {
    return t('counts', { f: j.fouten || 0, w: j.waarschuwingen || 0, i: j.info || 0 });
  }

  function fileHref(name) { return '/bestand/' + encodeURIComponent(name); }

  // ---- overview -----------------------------------------------------------

  let overviewVersions = '';

  async function loadOverview() {
    const r = await api('/api/overview');
    if (!r.ok) { notice(t('error', { m: r.body && r.body.fout })); return; }
    $('dir').textContent = r.body.map;
    const rows = $('overview-rows');
    const bad = $('unreadable-list');
    rows.replaceChildren();
    bad.replaceChildren();
    let readable = 0, unreadable = 0;
    const versions = [];
    for (const f of r.body.bestanden) {
      versions.push(f.bestand + ':' + f.versie);
      if (!f.leesbaar) {
        unreadable++;
        const li = el('li');
        const a = el('a', f.bestand);
        a.href = fileHref(f.bestand);
        li.append(a, document.createTextNode(
          (f.regelnummer ? ':' + f.regelnummer + ':' + f.kolom : '') + ': ' + (f.reden || '')));
        bad.append(li);
        continue;
      }
      readable++;
      const tr = el('tr');
      tr.dataset.file = f.bestand;
      const th = el('th');
      th.scope = 'row';
      const a = el('a', f.bestand);
      a.href = fileHref(f.bestand);
      th.append(a);
      tr.append(th, el('td', f.naam || ''), el('td', f.status || ''), el('td', f.peildatum || ''),
        el('td', f.fouten, 'num' + (f.fouten ? ' fout' : '')), el('td', f.waarschuwingen, 'num'),
        el('td', f.info, 'num'),
        el('td', f.soort === 'regio' ? (f.ondertekenbaar ? t('yes') : t('no')) : t('not_region')));
      rows.append(tr);
    }
    $('overview-table').hidden = readable === 0;
    $('overview-empty').hidden = readable + unreadable > 0;
    $('unreadable').hidden = unreadable === 0;
    overviewVersions = versions.join('|');
  }

  async function newRegionForm() {
    const r = await api('/api/jeugdregios');
    if (!r.ok) return;
    const sel = $('new-jeugdregio');
    for (const j of r.body) {
      const o = el('option', j.code + ' ' + j.naam);
      o.value = j.code;
      sel.append(o);
    }
    const name = $('new-name');
    const suggest = () => { name.value = sel.value.toLowerCase() + '.yaml'; };
    sel.addEventListener('change', suggest);
    suggest();
    $('new-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const res = await api('/api/new', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jeugdregio: sel.value, bestand: name.value })
      });
      if (res.ok) location.href = fileHref(res.body.bestand);
      else notice(t('error', { m: res.body && res.body.fout }));
    });
  }

  async function pollOverview() {
    const r = await api('/api/versions');
    if (r.ok) {
      const now = Object.keys(r.body).sort().map((k) => k + ':' + r.body[k]).join('|');
      if (now !== overviewVersions) await loadOverview();
    }
    setTimeout(pollOverview, POLL_MS);
  }

  // ---- one region file ----------------------------------------------------

  const state = { name: '', version: '', text: '', seq: 0, shown: 0, timer: 0, saving: false,
    pdf: true, downloadable: true, lastReadable: true };

  function dirty() { return $('editor').value !== state.text; }

  function lineHeight() {
    return parseFloat(getComputedStyle($('editor')).lineHeight) || 18;
  }

  function renderGutter(findings) {
    const lines = $('editor').value.split('\n').length;
    const byLine = {};
    for (const f of findings || []) {
      if (!f.regelnummer) continue;
      (byLine[f.regelnummer] = byLine[f.regelnummer] || []).push(f);
    }
    const g = $('gutter');
    g.replaceChildren();
    for (let n = 1; n <= lines; n++) {
      const d = el('div', n, 'ln');
      d.dataset.line = n;
      const here = byLine[n];
      if (here) {
        const sev = here.some((f) => f.ernst === 'fout') ? 'fout'
          : here.some((f) => f.ernst === 'waarschuwing') ? 'waarschuwing' : 'info';
        d.classList.add('has-' + sev);
        d.dataset.rules = here.map((f) => f.regel).join(' ');
        d.title = here.map((f) => f.regel + ' ' + f.ernst_tekst + ': ' + f.bericht).join('\n');
      }
      g.append(d);
    }
    g.scrollTop = $('editor').scrollTop;
  }

  function jumpTo(line) {
    const ed = $('editor');
    const lines = ed.value.split('\n');
    let at = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
    ed.focus();
    ed.setSelectionRange(at, at + (lines[line - 1] || '').length);
    ed.scrollTop = Math.max(0, (line - 4) * lineHeight());
    $('gutter').scrollTop = ed.scrollTop;
  }

  function renderFindings(j) {
    const list = $('findings');
    list.replaceChildren();
    for (const f of j.bevindingen) {
      const li = el('li', null, 'finding sev-' + f.ernst);
      li.dataset.rule = f.regel;
      li.dataset.line = f.regelnummer;
      const b = el('button', null, 'jump');
      b.type = 'button';
      b.append(el('span', f.regelnummer ? t('line', { n: f.regelnummer }) : t('no_line'), 'where'), ' ',
        el('span', f.ernst_tekst, 'sev'), ' ', el('span', f.regel + ' ' + f.naam, 'rule'), ' ',
        el('span', f.bericht, 'msg'));
      if (f.regelnummer) b.addEventListener('click', () => jumpTo(f.regelnummer));
      li.append(b);
      if (f.bron) li.append(el('p', t('source', { s: f.bron }), 'src'));
      if (f.oplossing) li.append(el('p', t('fix', { s: f.oplossing }), 'fix'));
      list.append(li);
    }
    $('no-findings').hidden = j.bevindingen.length > 0;
    state.lastReadable = j.soort === 'regio' && j.leesbaar;
    $('region-counts').textContent = countsText(j) + ' — ' +
      (j.soort !== 'regio' ? t('not_region') : j.ondertekenbaar ? t('signable') : t('not_signable'));
    renderGutter(j.bevindingen);
    $('concept-note').hidden = !j.concept;
    $('preview').srcdoc = j.voorbeeld;
  }

  async function check() {
    const seq = ++state.seq;
    const r = await api('/api/check/' + encodeURIComponent(state.name) + '?doc=' + $('doc').value,
      { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: $('editor').value });
    if (seq < state.shown) return;  // an older answer arriving late
    state.shown = seq;
    if (r.ok) renderFindings(r.body); else notice(t('error', { m: r.body && r.body.fout }));
  }

  function scheduleCheck() {
    clearTimeout(state.timer);
    state.timer = setTimeout(check, DEBOUNCE_MS);
  }

  function saveState() {
    $('save-state').textContent = dirty() ? t('unsaved') : t('saved_state');
  }

  function loaded(j) {
    state.text = j.tekst;
    state.version = j.versie;
    state.pdf = j.pdf;
    state.downloadable = j.soort === 'regio' && j.leesbaar;
    downloads();
    $('editor').value = j.tekst;
    renderFindings(j);
    saveState();
  }

  async function openFile() {
    const r = await api('/api/file/' + encodeURIComponent(state.name) + '?doc=' + $('doc').value);
    if (!r.ok) { notice(t('error', { m: r.body && r.body.fout })); return false; }
    loaded(r.body);
    return true;
  }

  async function save(base) {
    if (state.saving) return;
    state.saving = true;
    const text = $('editor').value;
    try {
      const r = await api('/api/save/' + encodeURIComponent(state.name), {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tekst: text, basis: base === undefined ? state.version : base })
      });
      if (r.ok) {
        state.text = text;
        state.version = r.body.versie;
        // Downloads are of the saved file: readable as the last check said.
        if (state.lastReadable !== state.downloadable) { state.downloadable = state.lastReadable; downloads(); }
        $('conflict').hidden = true;
        notice(t('saved'));
      } else if (r.status === 409) {
        $('conflict-message').textContent = r.body.fout;
        $('conflict-mine').value = text;
        $('conflict-disk').value = r.body.schijf_tekst;
        $('conflict').dataset.version = r.body.schijf_versie;
        $('conflict').hidden = false;
        notice(r.body.fout);
      } else {
        notice(t('error', { m: r.body && r.body.fout }));
      }
    } finally {
      state.saving = false;
      saveState();
    }
  }

  async function pollFile() {
    const r = await api('/api/versions');
    if (r.ok && !state.saving) {
      const v = r.body[state.name];
      if (v !== undefined && v !== state.version) {
        if (!dirty()) {
          await openFile();
          notice(t('changed_outside'));
        } else if ($('conflict').hidden) {
          notice(t('changed_outside_dirty'));
        }
      }
    }
    setTimeout(pollFile, POLL_MS);
  }

  function downloads() {
    const ul = $('downloads');
    ul.replaceChildren();
    if (!state.downloadable) {
      ul.append(el('li', t('no_downloads')));
      return;
    }
    for (const fmt of ['odt', 'docx', 'pdf', 'md']) {
      const li = el('li');
      if (fmt === 'pdf' && !state.pdf) {
        li.append(el('span', t('pdf_missing')));
        ul.append(li);
        continue;
      }
      const a = el('a', t('download_' + fmt));
      a.href = '/api/download/' + encodeURIComponent(state.name) + '?doc=' + $('doc').value + '&format=' + fmt;
      a.setAttribute('download', '');
      a.dataset.format = fmt;
      li.append(a);
      ul.append(li);
    }
  }

  async function regionPage(name) {
    state.name = name;
    document.title = name + ' — zio';
    $('region-title').textContent = name;
    const ed = $('editor');
    ed.addEventListener('input', () => { renderGutter([]); saveState(); scheduleCheck(); });
    ed.addEventListener('scroll', () => { $('gutter').scrollTop = ed.scrollTop; });
    ed.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); save(); }
    });
    $('save').addEventListener('click', () => save());
    $('doc').addEventListener('change', () => { downloads(); check(); });
    $('take-disk').addEventListener('click', async () => {
      $('conflict').hidden = true;
      await openFile();
      notice('');
    });
    $('keep-mine').addEventListener('click', () => save($('conflict').dataset.version));
    window.addEventListener('beforeunload', (e) => { if (dirty()) e.preventDefault(); });
    if (await openFile()) setTimeout(pollFile, POLL_MS);
  }

  // ---- the report ---------------------------------------------------------

  function reportPage() {
    $('report').src = '/api/report?format=html';
    const ul = $('report-downloads');
    for (const fmt of ['odt', 'docx', 'pdf', 'md']) {
      const li = el('li');
      const a = el('a', t('download_' + fmt));
      a.href = '/api/report?format=' + fmt;
      a.setAttribute('download', '');
      li.append(a);
      ul.append(li);
    }
  }

  // ---- start --------------------------------------------------------------

  async function start() {
    const r = await api('/api/strings');
    T = r.ok ? r.body : {};
    fillStrings();
    const path = decodeURIComponent(location.pathname);
    if (path.startsWith('/bestand/')) {
      $('page-region').hidden = false;
      await regionPage(path.slice('/bestand/'.length));
    } else if (path === '/rapport') {
      document.title = t('report_heading') + ' — zio';
      $('page-report').hidden = false;
      reportPage();
    } else {
      document.title = t('overview_heading') + ' — zio';
      $('page-overview').hidden = false;
      await loadOverview();
      await newRegionForm();
      setTimeout(pollOverview, POLL_MS);
    }
    document.body.dataset.ready = '1';
  }

  document.addEventListener('DOMContentLoaded', start);
})();
