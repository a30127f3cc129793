"""Robustness of a ranking: weight sampling, rank acceptability (SMAA), sweeps, stability."""
