# networkx: a workflow's job graph (topological order, critical path,
# cycles) and a weighted graph. Its import copies functions with
# types.FunctionType, and its argmap decorator compiles a wrapper on the
# first call and moves the code into itself with f.__code__ = ... relying
# on the function's own __defaults__ and __kwdefaults__ (patch 0321).
import json
import os
import sys
sys.path.insert(0, os.environ['PYWASM_VENDORED'])
import networkx as nx

jobs = nx.DiGraph()
jobs.add_edges_from([('checkout', 'build'), ('setup', 'build'), ('build', 'test'), ('build', 'lint'),
                     ('test', 'deploy'), ('lint', 'deploy')])
print(list(nx.lexicographical_topological_sort(jobs)))
print([sorted(g) for g in nx.topological_generations(jobs)])
print(nx.dag_longest_path(jobs), nx.is_directed_acyclic_graph(jobs))
print(sorted(nx.ancestors(jobs, 'deploy')), sorted(nx.descendants(jobs, 'build')))
jobs.add_edge('deploy', 'checkout')
print(nx.is_directed_acyclic_graph(jobs), sorted(nx.find_cycle(jobs)))
try:
    list(nx.topological_sort(jobs))
except nx.NetworkXUnfeasible as e:
    print(type(e).__name__, e)

roads = nx.Graph()
roads.add_weighted_edges_from([(1, 2, 7), (1, 3, 9), (1, 6, 14), (2, 3, 10), (2, 4, 15), (3, 4, 11),
                               (3, 6, 2), (4, 5, 6), (5, 6, 9)])
print(nx.dijkstra_path(roads, 1, 5), nx.dijkstra_path_length(roads, 1, 5))
print(sorted(nx.minimum_spanning_tree(roads).edges(data='weight')))
print(nx.shortest_path_length(roads, 1), nx.diameter(roads), nx.density(roads))
print(json.dumps(nx.node_link_data(nx.path_graph(3), edges='links'), sort_keys=True))
