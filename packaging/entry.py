"""Entry point of the built app (PyInstaller freezes this file): the same `organiser` command.

Without arguments it opens the window; with a command it runs headless, as from Python.
"""

import multiprocessing
import sys

# Alembic loads the migration scripts from source at run time; never leave __pycache__
# folders inside the installed app (an uninstaller would not know about them).
sys.dont_write_bytecode = True

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from organiser.cli import main

    sys.exit(main())
