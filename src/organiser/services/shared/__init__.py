"""What several areas read alike and no single area owns (which registration counts, whose a
merged person is). It sits below the areas: it imports none of them, and any area may use it."""
