"""The start page: `overview` (counts) and `reminders` gathered from the areas."""
