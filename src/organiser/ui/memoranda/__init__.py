"""The memoranda area: memoranda of cooperation between partner agencies."""
