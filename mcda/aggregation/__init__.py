"""Aggregation methods: each turns a decision matrix and weights into scores with their
explanation, and has a batch form that scores many weight vectors at once."""
