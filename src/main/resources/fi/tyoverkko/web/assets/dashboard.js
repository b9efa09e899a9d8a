// Työverkko dashboard: every number comes from the named-query API (/api/NAME) at run time.
"use strict";

const TEXT = {
  fi: {
    "nav.dataset": "Aineisto", "nav.ontology": "Ontologia", "nav.editor": "SPARQL-editori", "nav.api": "API",
    "title": "Työllisyyden ekosysteemi",
    "lead": "Kumppanit, hankkeet ja tapahtumat maakunnittain, organisaatioiden verkosto ja hankkeiden aikajana.",
    "map.title": "Maakunnat", "map.measure": "Mittari",
    "measure.partners": "kumppanit", "measure.projects": "hankkeet", "measure.events": "tapahtumat",
    "map.hint": "Vie osoitin maakunnan päälle; napsauta avataksesi sen sivun.",
    "legend.zero": "ei yhtään", "legend.max": "enintään",
    "region": "Maakunta", "csv": "Lataa CSV",
    "network.title": "Organisaatioiden verkosto",
    "network.note": "Solmun koko: hankekumppaneiden määrä (aste). Väri: yhteisö. Viiva: yhteinen hanke.",
    "filter.project": "Hanke", "filter.programme": "Ohjelma", "filter.year": "Vuosi", "filter.all": "kaikki",
    "timeline.title": "Hankkeiden aikajana", "timeline.open": "päättymisaika ei tiedossa",
    "ranking.title": "Organisaatiot hankemäärän mukaan",
    "col.name": "Nimi", "col.projects": "Hankkeita", "col.degree": "Aste", "col.betweenness": "Välillisyys",
    "footer": "lisenssit ja lähteet", "attribution": "Aluerajat: Tilastokeskus (CC BY 4.0)",
    "error": "Tietojen haku epäonnistui:", "nodes": "organisaatiota", "links": "yhteyttä",
  },
  en: {
    "nav.dataset": "Dataset", "nav.ontology": "Ontology", "nav.editor": "SPARQL editor", "nav.api": "API",
    "title": "The employment ecosystem",
    "lead": "Partners, projects and events by region, the network of organisations and the projects over time.",
    "map.title": "Regions", "map.measure": "Measure",
    "measure.partners": "partners", "measure.projects": "projects", "measure.events": "events",
    "map.hint": "Hover over a region; click to open its page.",
    "legend.zero": "none", "legend.max": "up to",
    "region": "Region", "csv": "Download CSV",
    "network.title": "Network of organisations",
    "network.note": "Node size: number of project partners (degree). Colour: community. Line: a shared project.",
    "filter.project": "Project", "filter.programme": "Programme", "filter.year": "Year", "filter.all": "all",
    "timeline.title": "Projects over time", "timeline.open": "end not known",
    "ranking.title": "Organisations by number of projects",
    "col.name": "Name", "col.projects": "Projects", "col.degree": "Degree", "col.betweenness": "Betweenness",
    "footer": "licences and sources", "attribution": "Region boundaries: Statistics Finland (CC BY 4.0)",
    "error": "Could not load data:", "nodes": "organisations", "links": "links",
  },
};

let lang = localStorage.getItem("tyoverkko.lang") || "fi";
const t = key => TEXT[lang][key] || TEXT.fi[key] || key;
/** The local page of one of our IRIs. */
const local = iri => iri.replace(/^https:\/\/w3id\.org\/tyoverkko\//, "/");
const fmt = n => (n === undefined || n === null) ? "" : n.toLocaleString(lang === "fi" ? "fi-FI" : "en-GB");

async function api(name, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== undefined));
  const url = `/api/${name}.json${query.toString() ? "?" + query : ""}`;
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

function translate() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll("[data-lang]").forEach(b => b.setAttribute("aria-pressed", String(b.dataset.lang === lang)));
}

const state = { regions: [], geo: null, memberships: [], timeline: [], ranking: [] };

// ---- map -------------------------------------------------------------------------------

/** GeoJSON winds outer rings anticlockwise, d3-geo (spherical) clockwise: turn any region that would cover the globe. */
function rewind(geo) {
  for (const f of geo.features) {
    if (d3.geoArea(f) > 2 * Math.PI) {
      const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      polys.forEach(rings => rings.forEach(ring => ring.reverse()));
    }
  }
  return geo;
}

function drawMap() {
  const measure = document.getElementById("measure").value;
  const byCode = new Map(state.regions.map(r => [r.code, r]));
  const svg = d3.select("#map");
  const width = 420, height = 700;
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  const projection = d3.geoTransverseMercator().rotate([-27, -65]).fitSize([width, height], state.geo);
  const path = d3.geoPath(projection);
  const max = d3.max(state.regions, r => r[measure]) || 1;
  const colour = d3.scaleSequential([0, max], d3.interpolateBlues).clamp(true);
  let defs = svg.select("defs");
  if (defs.empty()) {
    defs = svg.append("defs");
    const p = defs.append("pattern").attr("id", "zero-hatch").attr("patternUnits", "userSpaceOnUse")
      .attr("width", 6).attr("height", 6).attr("patternTransform", "rotate(45)");
    p.append("rect").attr("width", 6).attr("height", 6).attr("fill", "#fff");
    p.append("line").attr("x1", 0).attr("y1", 0).attr("x2", 0).attr("y2", 6).attr("stroke", "#e4572e").attr("stroke-width", 2.5);
  }
  const fill = code => {
    const v = (byCode.get(code) || {})[measure] || 0;
    return v === 0 ? "url(#zero-hatch)" : colour(0.25 * max + 0.75 * v);
  };
  svg.selectAll("a.region-link").data(state.geo.features, f => f.properties.code)
    .join(enter => {
      const a = enter.append("a").attr("class", "region-link");
      a.append("path").attr("class", "region").attr("tabindex", 0);
      a.append("title");
      return a;
    })
    .attr("href", f => local((byCode.get(f.properties.code) || {}).region || `https://w3id.org/tyoverkko/id/region/${f.properties.code}`))
    .attr("data-code", f => f.properties.code)
    .each(function (f) {
      const r = byCode.get(f.properties.code) || {};
      const name = lang === "en" ? f.properties.name_en : f.properties.name_fi;
      d3.select(this).select("path").attr("d", path).attr("fill", fill(f.properties.code))
        .on("mouseenter focus", () => info(name, r));
      d3.select(this).select("title").text(`${name}: ${fmt(r[measure] || 0)} ${t("measure." + measure)}`);
    });
  const zero = state.regions.filter(r => !r[measure]).length;
  document.getElementById("legend").innerHTML = "";
  const legend = d3.select("#legend");
  const item = (cls, background, label) => {
    const span = legend.append("span");
    span.append("span").attr("class", cls).style("background", background);
    span.append("span").text(label);
  };
  item("swatch zero", null, `${t("legend.zero")} (${zero})`);
  [1, Math.ceil(max / 2), max].filter((v, i, a) => v > 0 && a.indexOf(v) === i)
    .forEach(v => item("swatch", colour(0.25 * max + 0.75 * v), fmt(v)));
  drawRegionsTable(measure);
}

function info(name, r) {
  const el = document.getElementById("region-info");
  el.textContent = `${name}: ${fmt(r.partners || 0)} ${t("measure.partners")}, ${fmt(r.projects || 0)} ${t("measure.projects")}, ${fmt(r.events || 0)} ${t("measure.events")}`;
}

function drawRegionsTable(measure) {
  const table = d3.select("#regions-table");
  table.select("thead").html("").append("tr").selectAll("th")
    .data([t("region"), t("measure.partners"), t("measure.projects"), t("measure.events")])
    .join("th").attr("class", (d, i) => i ? "num" : null).text(d => d);
  const rows = table.select("tbody").selectAll("tr").data(state.regions, r => r.code).join("tr")
    .attr("class", r => r[measure] ? null : "zero");
  rows.html("");
  rows.append("td").append("a").attr("href", r => local(r.region)).text(r => `${r.code} ${r.name}`);
  ["partners", "projects", "events"].forEach(k => rows.append("td").attr("class", "num").text(r => fmt(r[k])));
}

// ---- network ---------------------------------------------------------------------------

const years = m => {
  const from = parseInt((m.start || m.end || "").slice(0, 4), 10), to = parseInt((m.end || m.start || "").slice(0, 4), 10);
  return [from, to];
};

function fillFilters() {
  const projects = [...new Map(state.memberships.map(m => [m.project, m.projectName])).entries()].sort((a, b) => a[1].localeCompare(b[1], "fi"));
  const programmes = [...new Set(state.memberships.map(m => m.programme).filter(Boolean))].sort();
  const allYears = new Set();
  state.memberships.forEach(m => { const [a, b] = years(m); if (a && b) for (let y = a; y <= b; y++) allYears.add(y); });
  const add = (id, items) => {
    const sel = document.getElementById(id);
    items.forEach(([value, label]) => { const o = document.createElement("option"); o.value = value; o.textContent = label; sel.append(o); });
    sel.addEventListener("change", drawNetwork);
  };
  add("filter-project", projects);
  add("filter-programme", programmes.map(p => [p, p]));
  add("filter-year", [...allYears].sort().map(y => [String(y), String(y)]));
}

let simulation;

function drawNetwork() {
  const project = document.getElementById("filter-project").value;
  const programme = document.getElementById("filter-programme").value;
  const year = parseInt(document.getElementById("filter-year").value, 10);
  const rows = state.memberships.filter(m => (!project || m.project === project) && (!programme || m.programme === programme)
    && (!year || (() => { const [a, b] = years(m); return a && b && a <= year && year <= b; })()));
  const csv = new URLSearchParams(programme ? { programme } : {});
  document.getElementById("network-csv").href = "/api/network.csv" + (programme ? "?" + csv : "");
  const nodes = new Map();
  const byProject = d3.group(rows, m => m.project);
  rows.forEach(m => nodes.set(m.organisation, { id: m.organisation, name: m.organisationName, degree: m.degree || 0, community: m.community }));
  const links = new Map();
  for (const members of byProject.values()) {
    const orgs = [...new Set(members.map(m => m.organisation))].sort();
    for (let i = 0; i < orgs.length; i++) for (let j = i + 1; j < orgs.length; j++) {
      const key = orgs[i] + " " + orgs[j];
      links.set(key, { source: orgs[i], target: orgs[j] });
    }
  }
  const svg = d3.select("#network");
  const box = svg.node().getBoundingClientRect();
  const width = box.width || 900, height = box.height || 560;
  svg.attr("viewBox", `0 0 ${width} ${height}`).selectAll("*").remove();
  const radius = d3.scaleSqrt().domain([0, d3.max([...nodes.values()], n => n.degree) || 1]).range([4, 18]);
  const colour = d3.scaleOrdinal(d3.schemeTableau10);
  const nodeData = [...nodes.values()], linkData = [...links.values()];
  const link = svg.append("g").selectAll("line").data(linkData).join("line");
  const node = svg.append("g").selectAll("a").data(nodeData, d => d.id).join("a")
    .attr("class", "node").attr("href", d => local(d.id)).attr("data-id", d => d.id);
  node.append("circle").attr("r", d => radius(d.degree)).attr("fill", d => colour(d.community));
  node.append("title").text(d => `${d.name} (${t("col.degree").toLowerCase()} ${d.degree})`);
  node.append("text").attr("dx", d => radius(d.degree) + 2).attr("dy", 3)
    .text(d => d.degree >= 6 || nodeData.length < 25 ? d.name : "");
  if (simulation) simulation.stop();
  simulation = d3.forceSimulation(nodeData)
    .force("link", d3.forceLink(linkData).id(d => d.id).distance(90).strength(0.3))
    .force("charge", d3.forceManyBody().strength(-320))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide(d => radius(d.degree) + 2))
    .on("tick", () => {
      nodeData.forEach(d => { d.x = Math.max(20, Math.min(width - 20, d.x)); d.y = Math.max(20, Math.min(height - 20, d.y)); });
      link.attr("x1", d => d.source.x).attr("y1", d => d.source.y).attr("x2", d => d.target.x).attr("y2", d => d.target.y);
      node.attr("transform", d => `translate(${d.x},${d.y})`);
    });
  svg.attr("data-nodes", nodeData.length).attr("aria-label", `${nodeData.length} ${t("nodes")}, ${linkData.length} ${t("links")}`);
}

// ---- timeline --------------------------------------------------------------------------

function drawTimeline() {
  const projects = new Map();
  state.memberships.forEach(m => { if (m.start || m.end) projects.set(m.project, { id: m.project, name: m.projectName, start: m.start, end: m.end }); });
  const data = [...projects.values()].map(p => ({ ...p, from: parseInt((p.start || p.end).slice(0, 4), 10), to: p.end ? parseInt(p.end.slice(0, 4), 10) : null }))
    .sort((a, b) => a.from - b.from || a.name.localeCompare(b.name, "fi"));
  const svg = d3.select("#timeline");
  const rowH = 20, left = 8, top = 24, width = 1100;
  const height = top + data.length * rowH + 10;
  svg.attr("viewBox", `0 0 ${width} ${height}`).selectAll("*").remove();
  const defs = svg.append("defs").append("linearGradient").attr("id", "open-end");
  defs.append("stop").attr("offset", "0%").attr("stop-color", "#0b5cad");
  defs.append("stop").attr("offset", "100%").attr("stop-color", "#0b5cad").attr("stop-opacity", 0.05);
  const minY = d3.min(data, d => d.from), maxY = d3.max(data, d => d.to || d.from) + 1;
  const x = d3.scaleLinear([minY, maxY + 1], [left + 420, width - 30]);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${top - 6})`)
    .call(d3.axisTop(x).ticks(Math.min(12, maxY - minY + 1)).tickFormat(d3.format("d")));
  const row = svg.append("g").selectAll("a").data(data).join("a").attr("href", d => local(d.id))
    .attr("transform", (d, i) => `translate(0,${top + i * rowH})`);
  row.append("text").attr("x", left).attr("y", 13).text(d => d.name.length > 62 ? d.name.slice(0, 60) + "…" : d.name);
  row.append("rect").attr("class", d => d.to ? "bar" : "bar open").attr("x", d => x(d.from)).attr("y", 3)
    .attr("width", d => Math.max(4, x((d.to || d.from + 1) + 1) - x(d.from))).attr("height", rowH - 6)
    .append("title").text(d => `${d.name}: ${d.start || "?"} – ${d.end || t("timeline.open")}`);
}

// ---- ranking ---------------------------------------------------------------------------

function drawRanking() {
  const table = d3.select("#ranking-table");
  table.select("thead").html("").append("tr").selectAll("th")
    .data([t("col.name"), t("col.projects"), t("col.degree"), t("col.betweenness")])
    .join("th").attr("class", (d, i) => i ? "num" : null).text(d => d);
  const rows = table.select("tbody").selectAll("tr").data(state.ranking.slice(0, 25)).join("tr");
  rows.html("");
  rows.append("td").append("a").attr("href", r => local(r.organisation)).text(r => r.name);
  rows.append("td").attr("class", "num").text(r => fmt(r.projects));
  rows.append("td").attr("class", "num").text(r => fmt(r.degree));
  rows.append("td").attr("class", "num").text(r => r.betweenness === undefined ? "" : r.betweenness.toFixed(3));
}

function drawAll() {
  translate();
  drawMap();
  drawNetwork();
  drawTimeline();
  drawRanking();
}

async function main() {
  document.querySelectorAll("[data-lang]").forEach(b => b.addEventListener("click", () => {
    lang = b.dataset.lang;
    localStorage.setItem("tyoverkko.lang", lang);
    drawAll();
  }));
  document.getElementById("measure").addEventListener("change", drawMap);
  translate();
  try {
    const [regions, geo, memberships, ranking] = await Promise.all([
      api("regions-partners"), fetch("/data/regions.geojson").then(r => { if (!r.ok) throw new Error("/data/regions.geojson: HTTP " + r.status); return r.json(); }),
      api("network"), api("organisations-ranked")]);
    Object.assign(state, { regions, geo: rewind(geo), memberships, ranking });
    fillFilters();
    drawAll();
    document.body.dataset.ready = "true";
  } catch (e) {
    document.getElementById("status").textContent = `${t("error")} ${e.message}`;
    throw e;
  }
}

main();
