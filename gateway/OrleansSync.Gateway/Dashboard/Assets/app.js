// The operations dashboard: polls the admin JSON every few seconds and redraws. Plain DOM, no libraries.
"use strict";

const refreshMs = Number(new URLSearchParams(location.search).get("refresh")) || 3000;
const changeHeaders = { "X-OrleansSync-Dashboard": "1", "Content-Type": "application/json" };
const palette = ["#1d4ed8", "#d97706", "#059669", "#7c3aed", "#db2777"];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child ?? ""));
  return node;
}

function num(value, digits = 0) {
  return value === null || value === undefined ? "–" : Number(value).toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) return "–";
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 120) return `${num(seconds, 1)} s`;
  if (seconds < 7200) return `${num(seconds / 60, 1)} min`;
  return `${num(seconds / 3600, 1)} h`;
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : "–";
}

function fill(id, rows, empty) {
  const body = document.getElementById(id);
  body.replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: body.closest("table").tHead.rows[0].cells.length, class: "muted" }, empty))]));
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (response.status === 401) { location.reload(); throw new Error("signed out"); }
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function change(method, path, body) {
  const response = await fetch(path, { method, headers: changeHeaders, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) alert(`${method} ${path} failed (${response.status}): ${text}`);
  return text ? JSON.parse(text) : null;
}

function renderOverview(o) {
  const health = document.getElementById("health");
  health.className = `health ${o.health.level}`;
  health.dataset.level = o.health.level;
  document.getElementById("health-summary").textContent = `${o.health.level.toUpperCase()}: ${o.health.summary}`;
  document.getElementById("health-reasons").replaceChildren(...o.health.reasons.map(r => el("li", {}, r)));
  document.getElementById("updated").textContent = new Date(o.at).toLocaleTimeString();
  document.getElementById("backlog").textContent = num(o.backlog);
  document.getElementById("dead-letter-count").textContent = o.deadLetters === null ? "–" : num(o.deadLetters);
  document.getElementById("silos").textContent = num(o.silos);

  fill("stores", o.stores.map(s => el("tr", { "data-store": s.storeId },
    el("td", {}, s.storeId), el("td", {}, s.portalId), el("td", { class: "num", "data-testid": `store-pending-${s.storeId}` }, num(s.pending)),
    el("td", {}, duration(s.oldestPendingAgeSeconds)), el("td", { class: "num" }, num(s.acceptedPerMinute, 1)),
    el("td", { class: "num" }, num(s.drainedPerMinute, 1)), el("td", {}, s.pending === 0 ? "done" : duration(s.etaToDrainSeconds)))), "No store configured.");

  fill("portals", o.portals.map(p => el("tr", { "data-portal": p.portalId },
    el("td", {}, p.portalId), el("td", { class: "num", "data-testid": `portal-backlog-${p.portalId}` }, num(p.backlog)), el("td", { class: "num" }, num(p.sent)),
    el("td", { class: "num" }, num(p.deadLettered)), el("td", { class: "num" }, num(p.recordsPerSecond, 1)),
    el("td", { class: "num" }, `${num(p.usagePercent, 0)} % of ${num(p.requestsPer10SecondsBudget)} / 10 s`),
    el("td", {}, duration(p.etaToDrainSeconds)), el("td", { class: p.error || p.lastError ? "bad" : "muted" }, p.error || p.lastError || "none"))), "No portal.");

  fill("latency", o.portals.flatMap(p => p.latency.map(l => el("tr", {},
    el("td", {}, p.portalId), el("td", {}, l.kind), el("td", { class: "num" }, num(l.samples)), el("td", {}, duration(l.p50Seconds)),
    el("td", {}, duration(l.p95Seconds)), el("td", {}, duration(l.p99Seconds)),
    el("td", { class: l.samples && l.withinTarget * 100 / l.samples < 98 ? "bad" : "ok" }, l.samples ? `${num(l.withinTarget * 100 / l.samples, 1)} %` : "–"),
    el("td", {}, duration(l.targetSeconds))))), "Nothing measured yet: latency is measured as events reach HubSpot.");

  renderKpis(o.kpis);
  renderReconciliations(o.reconciliations);
}

function renderKpis(reports) {
  const broken = reports.flatMap(r => r.kpis.filter(k => k.broken).map(k => ({ portal: r.portalId, kpi: k })));
  const alert = document.getElementById("kpi-alert");
  alert.hidden = broken.length === 0;
  alert.replaceChildren(el("strong", {}, "Data-quality alert: "), ...broken.map(b =>
    el("div", { "data-kpi": b.kpi.name }, `${b.kpi.label} is ${num(b.kpi.percent, 2)} % in portal ${b.portal} (bar: ${b.kpi.higherIsBetter ? "at least" : "below"} ${num(b.kpi.barPercent, 2)} %).`)));
  fill("kpis", reports.flatMap(r => r.kpis.map(k => el("tr", { "data-kpi": k.name },
    el("td", {}, r.portalId), el("td", {}, k.label),
    el("td", { class: "num", "data-testid": `kpi-${k.name}` }, k.percent === null ? "–" : `${num(k.percent, 2)} %`),
    el("td", {}, `${k.higherIsBetter ? "≥" : "<"} ${num(k.barPercent, 2)} %`),
    el("td", { class: k.broken ? "bad" : "ok" }, k.broken ? "bar broken" : k.percent === null ? "nothing to measure" : "ok"),
    el("td", { class: "muted" }, k.detail)))), "Not measured yet: press “Measure now”.");
}

function renderReconciliations(reports) {
  fill("reconciliation-totals", reports.flatMap(r => r.error
    ? [el("tr", {}, el("td", {}, r.portalId), el("td", {}, r.day), el("td", { colspan: 6, class: "bad" }, `Could not finish: ${r.error}`))]
    : r.totals.map(t => el("tr", { "data-store": t.storeId },
      el("td", {}, r.portalId), el("td", {}, r.day), el("td", {}, t.storeId), el("td", {}, t.currency), el("td", { class: "num" }, num(t.orders)),
      el("td", { class: "num" }, `${num(t.storeNet, 2)} (paid ${num(t.storePaid, 2)}, refunds ${num(t.storeRefunds, 2)})`),
      el("td", { class: "num" }, num(t.hubSpotClosedWon, 2)),
      el("td", { class: t.withinBar ? "ok" : "bad", "data-testid": `variance-${t.storeId}-${t.currency}` }, `${num(t.variancePercent, 2)} %`)))), "No reconciliation yet.");
  fill("reconciliation-differences", reports.flatMap(r => r.differences.map(d => el("tr", { "data-order": d.orderKey },
    el("td", {}, d.orderKey), el("td", {}, d.reason),
    el("td", { class: "num" }, d.storeAmount === null ? "–" : `${num(d.storeAmount, 2)} ${d.storeCurrency ?? ""}`),
    el("td", { class: "num" }, d.hubSpotAmount === null ? "missing" : `${num(d.hubSpotAmount, 2)} ${d.hubSpotCurrency ?? ""}`)))), "No order differs.");
}

function renderChart(series) {
  const width = 720, height = 180, left = 40, bottom = 20;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", "100%");
  svg.setAttribute("role", "img");
  const line = (attrs) => { const n = document.createElementNS(svg.namespaceURI, "line"); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); svg.append(n); };
  const text = (x, y, value, anchor = "start") => { const n = document.createElementNS(svg.namespaceURI, "text"); n.setAttribute("x", x); n.setAttribute("y", y); n.setAttribute("text-anchor", anchor); n.textContent = value; svg.append(n); };
  const all = series.flatMap(s => s.samples);
  const max = Math.max(100, ...all.map(s => s.usagePercent));
  const now = Date.now(), span = 30 * 60 * 1000;
  const x = t => left + (width - left - 10) * Math.max(0, 1 - (now - new Date(t).getTime()) / span);
  const y = v => (height - bottom) - (height - bottom - 34) * v / max;
  line({ x1: left, x2: width - 10, y1: y(100), y2: y(100), stroke: "#dc2626", "stroke-dasharray": "4 3" });
  text(left - 4, y(100) + 4, "100 %", "end");
  text(left - 4, y(0) + 4, "0", "end");
  text(left, height - 4, "30 min ago");
  text(width - 10, height - 4, "now", "end");
  series.forEach((s, i) => {
    if (s.samples.length === 0) return;
    const path = document.createElementNS(svg.namespaceURI, "polyline");
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", palette[i % palette.length]);
    path.setAttribute("stroke-width", "2");
    path.setAttribute("points", s.samples.map(p => `${x(p.at).toFixed(1)},${y(p.usagePercent).toFixed(1)}`).join(" "));
    svg.append(path);
    text(left + 8, 14 + 14 * i, `portal ${s.portalId}: ${num(s.samples[s.samples.length - 1].usagePercent, 0)} % now`);
  });
  if (all.length === 0) text(width / 2, height / 2, "No samples yet", "middle");
  document.getElementById("chart").replaceChildren(svg);
}

function renderDeadLetters(page) {
  fill("dead-letters", page.items.map(d => el("tr", { "data-dead-letter": d.id },
    el("td", {}, d.id), el("td", {}, `${d.kind === "HubSpotRecord" ? "HubSpot record" : "message"} ${d.typeOrObjectKey}`),
    el("td", { class: "bad" }, d.error), el("td", { class: "num" }, num(d.attempts)), el("td", {}, when(d.createdAt)),
    el("td", {},
      el("button", { type: "button", onclick: () => inspect(d.id) }, "Inspect"),
      el("button", { type: "button", onclick: () => act("POST", `/admin/dead-letters/${d.id}/replay`) }, "Replay"),
      el("button", { type: "button", onclick: () => confirm(`Discard dead letter ${d.id} for good?`) && act("DELETE", `/admin/dead-letters/${d.id}`) }, "Discard")))),
    "No dead letters.");
}

async function inspect(id) {
  const letter = await getJson(`/admin/dead-letters/${id}`);
  const pre = document.getElementById("inspect");
  pre.hidden = false;
  pre.textContent = JSON.stringify(letter, null, 2);
}

async function act(method, path, body) {
  await change(method, path, body);
  await refresh();
}

function renderRejected(page) {
  fill("rejected", page.items.map(r => el("tr", { "data-delivery": r.id },
    el("td", {}, el("a", { href: `/admin/deliveries/${r.id}`, target: "_blank" }, String(r.id))), el("td", {}, r.storeId), el("td", {}, r.topic ?? "–"),
    el("td", {}, r.statusCode), el("td", {}, r.reason), el("td", {}, when(r.receivedAt)))), "No rejected deliveries.");
}

function renderBackfills(items) {
  fill("backfills", items.map(b => el("tr", {},
    el("td", {}, b.store), el("td", {}, b.resource), el("td", { class: "num" }, b.total ? `${num(b.done)} of ${num(b.total)} (${num(b.done * 100 / b.total, 1)} %)` : num(b.done)),
    el("td", { class: "num" }, `${num(b.rate, 1)} / s`), el("td", {}, duration(b.eta)), el("td", { class: b.error ? "bad" : "" }, b.error ? `${b.state}: ${b.error}` : b.state))),
    "No backfill running.");
}

function renderAudit(trail) {
  const actions = trail.actions.map(a => ({ at: a.at, who: a.actor, what: a.action, on: a.target ?? "", outcome: a.outcome }));
  const erasures = trail.erasures.map(e => ({ at: e.requestedAt, who: e.requestedBy, what: "gdpr.erasure", on: `request ${e.requestId} (email sha256 ${e.emailSha256.slice(0, 12)}…)`, outcome: `${e.deliveriesErased} kept deliveries erased${e.reason ? `; ${e.reason}` : ""}` }));
  fill("audit", [...actions, ...erasures].sort((a, b) => new Date(b.at) - new Date(a.at)).map(a => el("tr", { "data-action": a.what },
    el("td", {}, when(a.at)), el("td", {}, a.who), el("td", {}, a.what), el("td", {}, a.on), el("td", {}, a.outcome))), "No admin action yet.");
}

async function refresh() {
  const parts = [
    getJson("/admin/overview").then(renderOverview),
    getJson("/admin/rate-limits").then(renderChart),
    getJson("/admin/dead-letters").then(renderDeadLetters),
    getJson("/admin/deliveries/rejected").then(renderRejected),
    getJson("/admin/backfills").then(renderBackfills),
    getJson("/admin/audit").then(renderAudit),
  ];
  const results = await Promise.allSettled(parts);
  const failed = results.filter(r => r.status === "rejected");
  document.body.dataset.loaded = failed.length === 0 ? "true" : "partly";
  document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
}

document.getElementById("measure").addEventListener("click", () => act("POST", "/admin/kpis/measure"));
document.getElementById("reconcile").addEventListener("click", () => {
  const day = document.getElementById("reconcile-day").value;
  act("POST", "/admin/reconciliations", day ? { day } : {});
});

async function loop() {
  try { await refresh(); } finally { setTimeout(loop, refreshMs); }
}
loop();
