// ebb docs: search, SQL tabs, column lineage on sync pages, and live run status when served.
(function () {
  'use strict';
  var root = document.body.getAttribute('data-root') || '';

  // --- search -------------------------------------------------------------------------------
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var entries = (window.EBB_SEARCH || []).map(function (e) {
    return { e: e, name: e.n.toLowerCase(), text: (e.n + ' ' + e.d + ' ' + e.w + ' ' + e.k).toLowerCase() };
  });
  var KIND_ORDER = { sync: 0, model: 1, destination: 2, source: 3 };

  function score(item, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (item.name === t) total += 100;
      else if (item.name.indexOf(t) === 0) total += 50;
      else if (item.name.indexOf(t) >= 0) total += 25;
      else if (item.text.indexOf(t) >= 0) total += 5;
      else return 0;
    }
    return total;
  }

  function search(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    return entries
      .map(function (item) { return { item: item, s: score(item, terms) }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || KIND_ORDER[a.item.e.k] - KIND_ORDER[b.item.e.k] || a.item.name.localeCompare(b.item.name); })
      .slice(0, 30)
      .map(function (r) { return r.item.e; });
  }

  function render(results) {
    list.innerHTML = '';
    results.forEach(function (e, i) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + e.u;
      a.className = 'search-result' + (i === 0 ? ' selected' : '');
      var chip = document.createElement('span');
      chip.className = 'chip small kind-' + e.k;
      chip.textContent = e.k;
      a.appendChild(chip);
      a.appendChild(document.createTextNode(e.n));
      var d = document.createElement('span');
      d.className = 'desc';
      d.textContent = e.d;
      a.appendChild(d);
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
  }

  if (input) {
    input.addEventListener('input', function () { render(search(input.value)); });
    input.addEventListener('keydown', function (ev) {
      var links = list.querySelectorAll('a');
      var current = list.querySelector('a.selected');
      var index = Array.prototype.indexOf.call(links, current);
      if (ev.key === 'Enter' && current) { window.location.href = current.href; }
      else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        if (!links.length) return;
        var next = (index + (ev.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length;
        if (current) current.classList.remove('selected');
        links[next].classList.add('selected');
        links[next].scrollIntoView({ block: 'nearest' });
      } else if (ev.key === 'Escape') { list.hidden = true; input.blur(); }
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.key === '/' && document.activeElement !== input && !/INPUT|TEXTAREA/.test(document.activeElement.tagName)) {
        ev.preventDefault();
        input.focus();
      }
    });
    document.addEventListener('click', function (ev) { if (!ev.target.closest('.search')) list.hidden = true; });
  }

  // --- SQL tabs -------------------------------------------------------------------------------
  document.querySelectorAll('.tab').forEach(function (tab) {
    tab.addEventListener('click', function () {
      document.querySelectorAll('.tab, .tab-panel').forEach(function (el) { el.classList.remove('active'); });
      tab.classList.add('active');
      document.getElementById(tab.getAttribute('data-tab')).classList.add('active');
    });
  });

  // --- column lineage on a sync page ----------------------------------------------------------
  var lineage = document.getElementById('column-lineage');
  function selectField(sync, field) {
    var trace = ((window.EBB_TRACES || {})[sync] || {})[field];
    if (!lineage || !trace) return;
    var on = {};
    trace.sourceColumns.concat(trace.modelColumns).forEach(function (c) { on[c] = true; });
    lineage.classList.add('has-selection');
    lineage.querySelectorAll('.lineage-item').forEach(function (el) {
      var key = el.getAttribute('data-column') || el.getAttribute('data-field');
      var hit = el.classList.contains('destination-field') ? key === field : on[key] === true;
      el.classList.toggle('highlighted', hit);
    });
    document.querySelectorAll('.mapping .field-row').forEach(function (row) {
      row.classList.toggle('selected', row.getAttribute('data-field') === field);
    });
  }
  if (lineage) {
    var sync = lineage.getAttribute('data-sync');
    document.querySelectorAll('.mapping .field-row').forEach(function (row) {
      row.addEventListener('click', function () { selectField(sync, row.getAttribute('data-field')); });
      row.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') selectField(sync, row.getAttribute('data-field')); });
    });
    lineage.querySelectorAll('.destination-field').forEach(function (button) {
      button.addEventListener('click', function () { selectField(sync, button.getAttribute('data-field')); });
    });
    if (location.hash.indexOf('#field-') === 0) selectField(sync, decodeURIComponent(location.hash.substring(7)));
  }

  // --- live status when served by `ebb serve` -------------------------------------------------
  // GET /api/syncs -> [{name, health, last_run: {status, finished_at}, next_run_at, ...}] (docs/api.md).
  var HEALTH_CLASS = { healthy: 'ok', warning: 'warning', failing: 'failed', running: 'running', paused: 'paused' };
  function ago(iso) {
    var minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60000);
    return minutes < 1 ? 'just now' : minutes < 60 ? minutes + ' min ago' : minutes < 1440 ? Math.round(minutes / 60) + ' h ago' : Math.round(minutes / 1440) + ' d ago';
  }
  var cells = document.querySelectorAll('[data-sync-status]');
  if (/^https?:$/.test(location.protocol) && cells.length && window.fetch) {
    fetch('/api/syncs', { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (syncs) {
        var byName = {};
        syncs.forEach(function (s) { byName[s.name] = s; });
        cells.forEach(function (cell) {
          var s = byName[cell.getAttribute('data-sync-status')];
          if (!s) return;
          var last = s.last_run;
          var text = s.health.replace('_', ' ') + (last && last.finished_at ? ' · ' + ago(last.finished_at) : '');
          cell.className = cell.className.replace(/\b(ok|warning|failed|running|paused)\b/g, '').trim() + ' ' + (HEALTH_CLASS[s.health] || '');
          cell.innerHTML = '';
          var link = document.createElement('a');
          link.href = '/status/#/sync/' + encodeURIComponent(s.name);
          link.innerHTML = '<span class="dot"></span>';
          link.appendChild(document.createTextNode(text));
          cell.appendChild(link);
          cell.title = (last ? 'last run ' + last.status + (last.finished_at ? ' at ' + new Date(last.finished_at).toLocaleString() : '') : 'never run')
              + (s.next_run_at ? '; next run ' + new Date(s.next_run_at).toLocaleString() : '');
        });
        var note = document.getElementById('live-status-note');
        if (note) note.textContent = 'live status from ebb serve';
      })
      .catch(function () { /* static copy, or an older server: keep the placeholders */ });
  }
})();
