"""Cross-checks Työverkko's network metrics against NetworkX.

Usage: python3 check_metrics.py network.graphml
Reads a GraphML export (node attributes degree, weighted_degree, betweenness, closeness,
component), recomputes each with NetworkX and prints every difference larger than 1e-9.
Exit status 0 when all agree.
"""
import sys

import networkx as nx

TOLERANCE = 1e-9


def main(path):
    g = nx.read_graphml(path)
    if g.is_directed():
        print("expected an undirected graph")
        return 1
    reference = {
        "degree": dict(g.degree()),
        "weighted_degree": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g),
    }
    problems = []
    for node, data in g.nodes(data=True):
        for name, values in reference.items():
            ours = float(data[name])
            if abs(ours - values[node]) > TOLERANCE:
                problems.append(f"{node} {name}: ours {ours!r}, networkx {values[node]!r}")
    ours_components = {}
    for node, data in g.nodes(data=True):
        ours_components.setdefault(data["component"], set()).add(node)
    theirs = sorted(sorted(c) for c in nx.connected_components(g))
    if sorted(sorted(c) for c in ours_components.values()) != theirs:
        problems.append("connected components differ")
    for p in problems:
        print(p)
    print(f"checked {g.number_of_nodes()} nodes, {g.number_of_edges()} edges: "
          f"{'ok' if not problems else str(len(problems)) + ' differences'}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
