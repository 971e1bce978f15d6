"""Search by meaning: chunking, the in-memory vector index, hybrid fusion, background indexing."""
