// The SPARQL editor: YASGUI on the public endpoint, the catalogue's queries as examples.
"use strict";

const PREFIXES = `PREFIX tv: <https://w3id.org/tyoverkko/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
`;
const FIRST = PREFIXES + `
# Maakunnat ja niiden kunnat / Regions and their municipalities
SELECT ?region (COUNT(?m) AS ?municipalities) WHERE {
  ?r a tv:Region ; skos:prefLabel ?region . FILTER(LANG(?region) = "fi")
  ?m schema:containedInPlace ?r
} GROUP BY ?region ORDER BY ?region
`;

async function main() {
  const endpoint = new URL("/kb/sparql", window.location.href).toString();
  // no autocompletion services on the web: this page works offline
  Yasgui.Yasqe.defaults.autocompleters = [];
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    persistenceId: null,
  });
  const tab = yasgui.getTab();
  if (!tab.getQuery() || !tab.getQuery().trim() || tab.getQuery().includes("SELECT * WHERE")) tab.setQuery(FIRST);
  const select = document.getElementById("examples");
  const list = await fetch("/api", { headers: { Accept: "application/json" } }).then(r => r.json());
  for (const q of list) {
    const o = document.createElement("option");
    o.value = q.name;
    o.textContent = `${q.title.fi} / ${q.title.en}`;
    select.append(o);
  }
  select.addEventListener("change", async () => {
    if (!select.value) return;
    const text = await fetch(`/api/${select.value}.rq`).then(r => r.text());
    yasgui.getTab().setQuery(text);
  });
  document.body.dataset.ready = "true";
}

main();
