"""Importing a programme: from Excel, CSV or a Word table, or rows pasted from Excel.

`reading` turns the source into rows of text, `columns` finds what each column holds, `words`
reads days and kinds of session, `planning` checks every row (nothing written), `writing`
adds the sessions in one transaction and takes an import back."""
