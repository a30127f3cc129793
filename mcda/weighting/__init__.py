"""Weights from judgements: pairwise comparison (AHP), rank order, swing."""
