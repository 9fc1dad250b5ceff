"""Benchmarks: peer test suites (``python -m benchmarks.peer_suites``) and extraction speed
(``python -m benchmarks.extract_speed``).  Nothing here is imported by the engine itself."""
