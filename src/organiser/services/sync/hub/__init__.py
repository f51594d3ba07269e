"""The regional hub: a PostgreSQL database that holds sealed change files for every office of a
network (`organiser hub …` for its administrator, `organiser sync hub …` for each copy). The
hub needs the psycopg package (Organiser's optional `hub` extra); without it, nothing else of
the app changes."""
