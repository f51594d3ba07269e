"""A memorandum of cooperation as PDF."""
