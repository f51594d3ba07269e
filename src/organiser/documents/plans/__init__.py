"""The plan report as PDF and spreadsheet."""
