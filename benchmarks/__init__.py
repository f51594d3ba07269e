"""Organiser's performance suite: measurements with targets, each beside a baseline measured in
the same run, so the ratios mean something on any machine.

    python -m benchmarks                  the full suite (10,000 / 50,000 / 100,000 people)
    python -m benchmarks --quick          small sizes, one repetition (what CI runs)
    python -m benchmarks --json out.json  also write the table as JSON
    python -m benchmarks --only search    one group (startup, search, checkin, import,
                                          documents, table); may be repeated

Timings never make the command fail; only errors do (exit code 1).
"""
