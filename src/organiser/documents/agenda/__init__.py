"""The agenda's documents: the programme as PDF, iCalendar and spreadsheet, the booklet."""
