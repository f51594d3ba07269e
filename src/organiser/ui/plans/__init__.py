"""The plans area: follow-up plans and their actions."""
