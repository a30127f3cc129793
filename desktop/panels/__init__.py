"""The editing panels of the main window: criteria and weights, scores and rationale."""
