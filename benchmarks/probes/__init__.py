"""Scripts the suite runs as separate processes (start-up, the people table), so each
measurement sees a whole fresh process, as a user does."""
