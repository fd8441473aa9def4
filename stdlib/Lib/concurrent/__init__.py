"""concurrent: packages for running work concurrently (see concurrent.futures)."""
