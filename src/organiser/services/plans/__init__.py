"""Follow-up plans and actions: `reading` (listings, follow-up views, the start-page summary and
reminders), `editing`, `detail` (one plan or action in full), `reports`, `teams`, `guidelines`,
`rollup`."""
