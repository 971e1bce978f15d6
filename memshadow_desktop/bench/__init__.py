"""Benchmark harnesses behind `memshadow bench`, kept out of the product packages."""
