// The live status pages: a small hash router over the JSON API (docs/api.md). No dependencies.
"use strict";

const app = document.getElementById("app");
let live = null; // the EventSource of the run page, closed on navigation

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
function badge(text) { return `<span class="badge ${esc(text)}">${esc(text)}</span>`; }
function when(iso) { return iso ? new Date(iso).toLocaleString() : "—"; }
function csrf() {
  const match = document.cookie.match(/(?:^|; )ebb_csrf=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : "";
}
async function api(path) {
  const response = await fetch(path, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
async function act(path) {
  const response = await fetch(path, { method: "POST", credentials: "same-origin", headers: { "X-CSRF-Token": csrf() } });
  const body = await response.json().catch(() => ({}));
  const message = document.getElementById("message");
  if (message) message.textContent = response.ok ? `${path.split("/").pop()}: ${body.outcome ?? "done"}` : `failed: ${body.title ?? response.status}`;
  setTimeout(route, 300);
}

async function syncsPage() {
  const syncs = await api("/api/syncs");
  app.innerHTML = `<h1>Syncs</h1><table><tr><th>Sync</th><th>Health</th><th>Destination</th><th>Schedule</th>
    <th>Last run</th><th>Last success</th><th>Next run</th></tr>
    ${syncs.map(s => `<tr><td><a href="#/sync/${encodeURIComponent(s.name)}">${esc(s.name)}</a></td>
      <td>${badge(s.health)}</td><td>${esc(s.destination)} · ${esc(s.object)}</td><td><code>${esc(s.schedule)}</code></td>
      <td>${s.last_run ? `<a href="#/run/${s.last_run.id}">${badge(s.last_run.status)}</a> ${when(s.last_run.queued_at)}` : "—"}</td>
      <td>${when(s.last_success_at)}</td><td>${when(s.next_run_at)}</td></tr>`).join("")}</table>`;
}

function runRows(runs) {
  return `<table><tr><th>Run</th><th>Sync</th><th>Status</th><th>Trigger</th><th>Queued</th><th class="num">Planned</th>
    <th class="num">Succeeded</th><th class="num">Failed</th><th>Error</th></tr>
    ${runs.map(r => `<tr><td><a href="#/run/${r.id}"><code>${esc(r.id)}</code></a></td><td>${esc(r.sync)}</td>
      <td>${badge(r.status)}</td><td>${esc(r.trigger)}</td><td>${when(r.queued_at)}</td><td class="num">${r.counts.planned}</td>
      <td class="num">${r.counts.succeeded}</td><td class="num">${r.counts.failed + r.counts.dead_lettered}</td>
      <td>${esc(r.error ?? "")}</td></tr>`).join("")}</table>`;
}

async function runsPage() {
  app.innerHTML = `<h1>Run history</h1>${runRows(await api("/api/runs?limit=100"))}`;
}

async function syncPage(name) {
  const [sync, runs] = await Promise.all([api(`/api/syncs/${name}`), api(`/api/syncs/${name}/runs`)]);
  app.innerHTML = `<h1>${esc(sync.name)} ${badge(sync.health)}</h1>
    <p class="muted">${esc(sync.description ?? "")}</p>
    <p>${esc(sync.model)} → ${esc(sync.destination)} · ${esc(sync.object)} (${esc(sync.mode)}), schedule <code>${esc(sync.schedule)}</code>,
      next run ${when(sync.next_run_at)}, last success ${when(sync.last_success_at)}, ${sync.open_dead_letters} open dead letters.
      ${sync.paused ? `Paused: ${esc(sync.pause_reason ?? "")}` : ""}</p>
    <div class="actions"><button data-act="trigger">Run now</button>
      <button data-act="${sync.paused ? "resume" : "pause"}">${sync.paused ? "Resume" : "Pause"}</button></div>
    <div id="message" class="muted"></div>
    <h2>Runs</h2>${runRows(runs)}`;
  app.querySelectorAll("button[data-act]").forEach(b => b.onclick = () => act(`/api/syncs/${name}/${b.dataset.act}`));
}

function cards(counts) {
  return `<div class="cards">${Object.entries(counts).map(([k, v]) => `<div class="card"><span class="muted">${esc(k.replace("_", " "))}</span><b>${v}</b></div>`).join("")}</div>`;
}

async function runPage(id) {
  const [run, page, letters] = await Promise.all([api(`/api/runs/${id}`), api(`/api/runs/${id}/records?limit=100`), api(`/api/runs/${id}/dead-letters`)]);
  app.innerHTML = `<h1>Run <code>${esc(run.id)}</code> ${badge(run.status)}</h1>
    <p><a href="#/sync/${encodeURIComponent(run.sync)}">${esc(run.sync)}</a> · ${esc(run.trigger)} · commit <code>${esc(run.git_commit ?? "—")}</code>
      · mapping <code>${esc((run.mapping_fingerprint ?? "").slice(0, 12))}</code></p>
    <ul class="timeline">${run.timeline.map(t => `<li>${badge(t.status)} ${when(t.at)}</li>`).join("")}</ul>
    <div id="counts">${cards(run.counts)}</div>
    ${run.error ? `<div class="error">${esc(run.error)}</div>` : ""}
    <h2>Live records</h2><div id="live" class="muted">${run.status === "succeeded" || run.status === "failed" || run.status === "cancelled" ? "The run is over." : "Waiting for records…"}</div>
    <h2>Records</h2><table id="records"><tr><th>Key</th><th>Op</th><th>Outcome</th><th>Response</th><th>At</th></tr>
      ${page.records.map(recordRow).join("")}</table>
    <h2>Dead letters</h2>
    ${letters.length ? `<div class="actions"><button id="retry">Retry dead letters</button></div><div id="message" class="muted"></div>` : ""}
    <table><tr><th>Key</th><th>Status</th><th>Reason</th><th>Attempts</th><th>Payload</th></tr>
      ${letters.map(d => `<tr><td>${esc(d.key)}</td><td>${badge(d.status)}</td><td>${esc(d.reason)}</td><td class="num">${d.attempts}</td>
        <td><code>${esc(d.payload)}</code></td></tr>`).join("")}</table>`;
  const retry = document.getElementById("retry");
  if (retry) retry.onclick = () => act(`/api/runs/${id}/retry`);
  if (!["succeeded", "failed", "cancelled"].includes(run.status)) follow(id);
}

function recordRow(r) {
  return `<tr><td>${esc(r.key)}</td><td>${esc(r.op)}</td><td>${badge(r.outcome)}</td><td>${esc(r.response ?? "")}</td><td>${when(r.at)}</td></tr>`;
}

function follow(id) {
  live = new EventSource(`/api/runs/${id}/events`);
  const flowing = [];
  live.addEventListener("progress", e => {
    const event = JSON.parse(e.data);
    document.getElementById("counts").innerHTML = cards(event.run.counts);
    flowing.unshift(...event.records.reverse());
    flowing.length = Math.min(flowing.length, 50);
    const box = document.getElementById("live");
    if (box) box.innerHTML = `${badge(event.run.status)} <table>${flowing.map(recordRow).join("")}</table>`;
  });
  live.addEventListener("end", () => { live.close(); live = null; setTimeout(route, 500); });
}

async function route() {
  if (live) { live.close(); live = null; }
  const [, page, arg] = location.hash.split("/");
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
