// The live status pages: a small hash router over the JSON API (docs/api.md). No dependencies.
"use strict";

const app = document.getElementById("app");
const TERMINAL = ["succeeded", "failed", "cancelled"];
let live = null; // the EventSource of the run page, closed on navigation
let refresh = null; // the periodic reload of the syncs and sync pages

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
function badge(text) { return `<span class="badge ${esc(text)}">${esc(String(text ?? "").replace("_", " "))}</span>`; }
function when(iso) { return iso ? `<time datetime="${esc(iso)}" title="${esc(new Date(iso).toLocaleString())}">${relative(iso)}</time>` : "—"; }
function relative(iso) {
  const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  const abs = Math.abs(seconds);
  const [value, unit] = abs < 60 ? [abs, "s"] : abs < 3600 ? [Math.round(abs / 60), "min"] : abs < 86400 ? [Math.round(abs / 3600), "h"] : [Math.round(abs / 86400), "d"];
  if (abs < 5) return "just now";
  return seconds < 0 ? `${value} ${unit} ago` : `in ${value} ${unit}`;
}
function duration(ms) {
  if (ms == null) return "—";
  return ms < 1000 ? `${ms} ms` : ms < 60000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60000)} min ${Math.round(ms % 60000 / 1000)} s`;
}
function csrf() {
  const match = document.cookie.match(/(?:^|; )ebb_csrf=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : "";
}
async function api(path) {
  const response = await fetch(path, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
// A POST with the CSRF token (double submit); a queued run opens its live view.
async function act(path, button) {
  if (button) button.disabled = true;
  const response = await fetch(path, { method: "POST", credentials: "same-origin", headers: { "X-CSRF-Token": csrf() } });
  const body = await response.json().catch(() => ({}));
  const message = document.getElementById("message");
  if (message) {
    message.className = response.ok ? "note" : "error";
    message.textContent = response.ok ? `${path.split("/").pop()}: ${body.outcome ?? "done"}` : `failed: ${body.error ?? body.outcome ?? response.status}`;
  }
  if (response.ok && body.run && body.run.id) location.hash = `#/run/${encodeURIComponent(body.run.id)}`;
  else setTimeout(route, 600);
}

async function syncsPage() {
  const syncs = await api("/api/syncs");
  const tally = {};
  syncs.forEach(s => { tally[s.health] = (tally[s.health] ?? 0) + 1; });
  app.innerHTML = `<h1>Syncs</h1>
    <div class="cards">${["healthy", "warning", "running", "failing", "paused", "never_run"].map(h =>
      `<div class="card health-${h}"><span class="muted">${esc(h.replace("_", " "))}</span><b>${tally[h] ?? 0}</b></div>`).join("")}</div>
    <table id="syncs"><thead><tr><th>Sync</th><th>Health</th><th>Model → destination</th><th>Schedule</th>
    <th>Last run</th><th>Last success</th><th>Next run</th></tr></thead><tbody>
    ${syncs.map(s => `<tr data-sync="${esc(s.name)}"><td><a href="#/sync/${encodeURIComponent(s.name)}"><b>${esc(s.name)}</b></a></td>
      <td>${badge(s.health)}</td><td>${esc(s.model)} → ${esc(s.destination)} · <code>${esc(s.object)}</code></td><td><code>${esc(s.schedule)}</code></td>
      <td>${s.last_run ? `<a href="#/run/${encodeURIComponent(s.last_run.id)}">${badge(s.last_run.status)}</a> ${when(s.last_run.queued_at)}` : "—"}</td>
      <td>${when(s.last_success_at)}</td><td>${s.paused ? badge("paused") : when(s.next_run_at)}</td></tr>`).join("")}</tbody></table>`;
  poll(5000);
}

function runRows(runs, id) {
  if (!runs.length) return `<p class="muted">No runs yet.</p>`;
  return `<table id="${id}"><thead><tr><th>Run</th><th>Sync</th><th>Status</th><th>Trigger</th><th>Queued</th><th class="num">Duration</th>
    <th class="num">Planned</th><th class="num">Succeeded</th><th class="num">Failed</th><th>Error</th></tr></thead><tbody>
    ${runs.map(r => `<tr><td><a href="#/run/${encodeURIComponent(r.id)}"><code>${esc(r.id)}</code></a></td><td>${esc(r.sync)}</td>
      <td>${badge(r.status)}</td><td>${esc(r.trigger)}</td><td>${when(r.queued_at)}</td><td class="num">${duration(r.duration_ms)}</td>
      <td class="num">${r.counts.planned}</td><td class="num">${r.counts.succeeded}</td>
      <td class="num ${r.counts.failed + r.counts.dead_lettered ? "bad" : ""}">${r.counts.failed + r.counts.dead_lettered}</td>
      <td class="clip" title="${esc(r.error ?? "")}">${esc(r.error ?? "")}</td></tr>`).join("")}</tbody></table>`;
}

async function runsPage() {
  app.innerHTML = `<h1>Run history</h1>${runRows(await api("/api/runs?limit=100"), "runs")}`;
  poll(5000);
}

function fact(label, html) { return `<div class="card"><span class="muted">${esc(label)}</span><div>${html}</div></div>`; }

async function syncPage(name) {
  const [sync, runs] = await Promise.all([api(`/api/syncs/${name}`), api(`/api/syncs/${name}/runs`)]);
  const last = sync.last_run;
  app.innerHTML = `<h1>${esc(sync.name)} ${badge(sync.health)}</h1>
    ${sync.description ? `<p class="muted">${esc(sync.description)}</p>` : ""}
    <p>${esc(sync.model)} → ${esc(sync.destination)} · <code>${esc(sync.object)}</code> · ${esc(sync.mode)} ·
      <a href="/syncs/${encodeURIComponent(sync.name)}.html">definition</a></p>
    ${sync.paused ? `<div class="note">Paused${sync.pause_reason ? `: ${esc(sync.pause_reason)}` : ""}. Scheduled and manual runs wait until it is resumed.</div>` : ""}
    <div class="cards facts">
      ${fact("Last run", last ? `<a href="#/run/${encodeURIComponent(last.id)}">${badge(last.status)}</a> ${when(last.queued_at)}` : "never")}
      ${fact("Last success", when(sync.last_success_at))}
      ${fact("Next run", sync.paused ? "paused" : when(sync.next_run_at))}
      ${fact("Schedule", `<code>${esc(sync.schedule)}</code>`)}
      ${fact("Open dead letters", `<b class="${sync.open_dead_letters ? "bad" : ""}">${sync.open_dead_letters}</b>`)}
    </div>
    <div class="actions"><button class="primary" data-act="trigger" ${sync.paused ? "disabled" : ""}>Run now</button>
      <button data-act="${sync.paused ? "resume" : "pause"}">${sync.paused ? "Resume" : "Pause"}</button></div>
    <div id="message"></div>
    <h2>Runs</h2>${runRows(runs, "runs")}`;
  app.querySelectorAll("button[data-act]").forEach(b => b.onclick = () => act(`/api/syncs/${encodeURIComponent(name)}/${b.dataset.act}`, b));
  poll(5000);
}

function cards(counts) {
  return `<div class="cards">${Object.entries(counts).map(([k, v]) =>
    `<div class="card${(k === "failed" || k === "dead_lettered") && v ? " bad" : ""}"><span class="muted">${esc(k.replace("_", " "))}</span><b>${v}</b></div>`).join("")}</div>`;
}

// Each state the run reached, with how long it stayed there.
function timeline(run) {
  const steps = run.timeline;
  return `<ol class="timeline">${steps.map((t, i) => {
    const next = steps[i + 1];
    const took = next ? duration(new Date(next.at) - new Date(t.at)) : "";
    return `<li>${badge(t.status)}<span class="muted">${when(t.at)}${took ? ` · ${took}` : ""}</span></li>`;
  }).join("")}</ol>`;
}

function recordTable(records, id) {
  return `<table id="${id}"><thead><tr><th>Key</th><th>Op</th><th>Outcome</th><th>Response</th><th>At</th></tr></thead>
    <tbody>${records.map(recordRow).join("")}</tbody></table>`;
}

function recordRow(r) {
  return `<tr class="record"><td><code>${esc(r.key)}</code></td><td>${esc(r.op)}</td><td>${badge(r.outcome)}</td>
    <td class="clip" title="${esc(r.response ?? "")}">${esc(r.response ?? "")}</td><td>${when(r.at)}</td></tr>`;
}

async function runPage(id) {
  const [run, page, letters] = await Promise.all([api(`/api/runs/${id}`), api(`/api/runs/${id}/records?limit=100`), api(`/api/runs/${id}/dead-letters`)]);
  const over = TERMINAL.includes(run.status);
  app.innerHTML = `<h1>Run <code>${esc(run.id)}</code> ${badge(run.status)}</h1>
    <p><a href="#/sync/${encodeURIComponent(run.sync)}">${esc(run.sync)}</a> · ${esc(run.trigger)}${run.full_refresh ? " · full refresh" : ""}
      · ${duration(run.duration_ms)} · commit <code>${esc((run.git_commit ?? "—").slice(0, 12))}</code>
      · mapping <code>${esc((run.mapping_fingerprint ?? "").slice(0, 12))}</code></p>
    ${timeline(run)}
    <div id="counts">${cards(run.counts)}</div>
    ${run.error ? `<div class="error">${esc(run.error)}</div>` : ""}
    ${over ? "" : `<h2>Live records</h2><div id="live" class="muted">Waiting for records…</div>`}
    <h2>Records <span class="muted">(first ${page.records.length})</span></h2>
    ${page.records.length ? recordTable(page.records, "records") : `<p class="muted">No records logged.</p>`}
    <h2>Dead letters <span class="muted">(${letters.length})</span></h2>
    ${letters.length ? `<div class="actions"><button id="retry" class="primary">Retry dead letters</button></div><div id="message"></div>
    <table id="dead-letters"><thead><tr><th>Key</th><th>Status</th><th>Reason</th><th class="num">Attempts</th><th>Payload</th></tr></thead><tbody>
      ${letters.map(d => `<tr><td><code>${esc(d.key)}</code></td><td>${badge(d.status)}</td><td>${esc(d.reason)}</td><td class="num">${d.attempts}</td>
        <td class="clip" title="${esc(d.payload)}"><code>${esc(d.payload)}</code></td></tr>`).join("")}</tbody></table>` : `<p class="muted">None.</p>`}`;
  const retry = document.getElementById("retry");
  if (retry) retry.onclick = () => act(`/api/runs/${encodeURIComponent(id)}/retry`, retry);
  if (!over) follow(id);
}

function follow(id) {
  live = new EventSource(`/api/runs/${encodeURIComponent(id)}/events`);
  const flowing = [];
  let total = 0;
  live.addEventListener("progress", e => {
    const event = JSON.parse(e.data);
    document.getElementById("counts").innerHTML = cards(event.run.counts);
    const status = document.querySelector("h1 .badge");
    if (status) status.outerHTML = badge(event.run.status);
    total += event.new_records;
    flowing.unshift(...event.records.reverse());
    flowing.length = Math.min(flowing.length, 50);
    const box = document.getElementById("live");
    if (box && total) {
      box.innerHTML = `<p>${badge(event.run.status)} ${total} records so far, latest first</p>${recordTable(flowing, "live-records")}`;
    }
  });
  live.addEventListener("end", () => { live.close(); live = null; setTimeout(route, 500); });
}

function poll(ms) {
  refresh = setTimeout(() => { if (!document.hidden) route(); else poll(ms); }, ms);
}

async function route() {
  if (live) { live.close(); live = null; }
  if (refresh) { clearTimeout(refresh); refresh = null; }
  const [, page, arg] = location.hash.split("/");
  document.querySelectorAll("nav a").forEach(a => a.classList.toggle("active", a.getAttribute("href") === `#/${page === "runs" || page === "run" ? "runs" : ""}`));
  try {
    if (page === "sync" && arg) await syncPage(arg);
    else if (page === "run" && arg) await runPage(arg);
    else if (page === "runs") await runsPage();
    else await syncsPage();
  } catch (error) {
    app.innerHTML = `<div class="error">${esc(error.message)}</div>`;
  }
}

window.addEventListener("hashchange", route);
route();
