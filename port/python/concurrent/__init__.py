"""The concurrent package: only its futures module (concurrent.futures)."""
