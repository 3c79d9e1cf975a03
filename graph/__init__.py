"""Turn extracted entities into RDF, networkx graphs, maps and answers."""
