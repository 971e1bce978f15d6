"""Benchmark harnesses behind `memshadow bench ...`: they measure, the CLI prints."""
