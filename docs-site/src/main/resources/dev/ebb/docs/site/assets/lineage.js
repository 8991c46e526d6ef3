// ebb lineage page: zoom, focus on a node's upstream/downstream, and field-level tracing.
window.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var svg = document.getElementById('lineage-svg');
  if (!svg) return;
  var scroller = document.getElementById('graph-scroll');
  var panel = document.getElementById('lineage-panel');
  var root = document.body.getAttribute('data-root') || '';
  var width = +svg.getAttribute('data-width'), height = +svg.getAttribute('data-height');
  var nodes = {}, up = {}, down = {}, edges = [];
  svg.querySelectorAll('.node').forEach(function (n) { nodes[n.getAttribute('data-id')] = n; up[n.getAttribute('data-id')] = []; down[n.getAttribute('data-id')] = []; });
  svg.querySelectorAll('.edge').forEach(function (e) {
    var from = e.getAttribute('data-from'), to = e.getAttribute('data-to');
    edges.push({ el: e, from: from, to: to });
    if (down[from]) down[from].push(to);
    if (up[to]) up[to].push(from);
  });

  // --- zoom ---
  var scale = 1;
  function zoom(next, keepCenter) {
    var cx = (scroller.scrollLeft + scroller.clientWidth / 2) / scale, cy = (scroller.scrollTop + scroller.clientHeight / 2) / scale;
    scale = Math.max(0.1, Math.min(3, next));
    svg.setAttribute('width', Math.round(width * scale));
    svg.setAttribute('height', Math.round(height * scale));
    if (keepCenter !== false) {
      scroller.scrollLeft = cx * scale - scroller.clientWidth / 2;
      scroller.scrollTop = cy * scale - scroller.clientHeight / 2;
    }
  }
  function fit() { zoom(Math.min(1, scroller.clientWidth / width, Math.max(0.35, scroller.clientHeight / height)), false); }
  document.getElementById('zoom-in').onclick = function () { zoom(scale * 1.25); };
  document.getElementById('zoom-out').onclick = function () { zoom(scale / 1.25); };
  document.getElementById('zoom-fit').onclick = fit;
  scroller.addEventListener('wheel', function (ev) {
    if (!ev.ctrlKey && !ev.metaKey) return;
    ev.preventDefault();
    zoom(scale * (ev.deltaY < 0 ? 1.1 : 1 / 1.1));
  }, { passive: false });
  fit();

  // --- highlighting ---
  function clear() {
    svg.classList.remove('has-focus');
    svg.querySelectorAll('.on, .target, .selected').forEach(function (el) { el.classList.remove('on', 'target', 'selected'); });
    panel.hidden = true;
    panel.innerHTML = '';
  }
  function walk(start, next, seen) {
    var stack = [start];
    while (stack.length) {
      var id = stack.pop();
      if (seen[id]) continue;
      seen[id] = true;
      (next[id] || []).forEach(function (n) { stack.push(n); });
    }
    return seen;
  }
  function light(on) {
    svg.classList.add('has-focus');
    Object.keys(on).forEach(function (id) { if (nodes[id]) nodes[id].classList.add('on'); });
    edges.forEach(function (e) { e.el.classList.toggle('on', !!on[e.from] && !!on[e.to]); });
  }
  function reveal(id) {
    var n = nodes[id];
    if (!n) return;
    var box = n.getBBox(), m = n.transform.baseVal.consolidate().matrix;
    scroller.scrollLeft = (m.e + box.width / 2) * scale - scroller.clientWidth / 2;
    scroller.scrollTop = (m.f + box.height / 2) * scale - scroller.clientHeight / 2;
  }
  function focusNode(id) {
    clear();
    var on = walk(id, up, {});
    delete on[id];
    walk(id, down, on);
    light(on);
    nodes[id].classList.add('target');
    reveal(id);
  }

  function item(cls, label, href) {
    var a = document.createElement(href ? 'a' : 'span');
    a.className = 'chip ' + cls;
    a.textContent = label;
    if (href) a.href = href;
    var li = document.createElement('li');
    li.appendChild(a);
    return li;
  }
  function section(title, items) {
    var h = document.createElement('div');
    h.className = 'hop';
    h.textContent = title;
    panel.appendChild(h);
    var ol = document.createElement('ol');
    items.forEach(function (li) { ol.appendChild(li); });
    panel.appendChild(ol);
  }
  function traceField(sync, field) {
    var trace = ((window.EBB_TRACES || {})[sync] || {})[field];
    if (!trace) return;
    clear();
    var on = {};
    trace.nodes.forEach(function (id) { on[id] = true; });
    light(on);
    svg.querySelectorAll('.field-row').forEach(function (row) {
      row.classList.toggle('selected', row.getAttribute('data-sync') === sync && row.getAttribute('data-field') === field);
    });
    panel.hidden = false;
    var h = document.createElement('h3');
    h.textContent = trace.destination + '.' + trace.object + '.' + trace.field;
    panel.appendChild(h);
    section('Sync', [item('kind-sync', sync + ' (' + trace.kind + ')', root + 'syncs/' + sync + '.html#field-' + field)]);
    section('Model columns', trace.modelColumns.map(function (c) { return item('kind-model model-column', c); }));
    section('Source columns', trace.sourceColumns.length
      ? trace.sourceColumns.map(function (c) { return item('kind-source source-column', c); })
      : [item('muted', trace.kind === 'constant' ? 'a constant: no warehouse column' : 'no source column')]);
  }

  svg.querySelectorAll('.field-row').forEach(function (row) {
    row.addEventListener('click', function (ev) {
      ev.stopPropagation();
      traceField(row.getAttribute('data-sync'), row.getAttribute('data-field'));
    });
  });
  svg.querySelectorAll('.node').forEach(function (n) {
    n.addEventListener('click', function (ev) {
      if (ev.target.closest('a')) return; // the name opens the page
      focusNode(n.getAttribute('data-id'));
    });
  });
  document.getElementById('clear-selection').onclick = clear;

  var filter = document.getElementById('graph-filter');
  filter.addEventListener('input', function () {
    var q = filter.value.trim().toLowerCase();
    if (!q) { clear(); return; }
    var ids = Object.keys(nodes);
    var match = ids.filter(function (id) { return nodes[id].getAttribute('data-name').toLowerCase() === q; })[0]
      || ids.filter(function (id) { return nodes[id].getAttribute('data-name').toLowerCase().indexOf(q) >= 0; })[0];
    if (match) focusNode(match);
  });

  var params = new URLSearchParams(location.search);
  if (params.get('sync') && params.get('field')) traceField(params.get('sync'), params.get('field'));
  else if (params.get('node')) focusNode(params.get('node'));
});
