"""Qt item models over the immutable study (read from ``StudyState``, edited by commands)."""
