"""``python -m zhengben``: the command line (the ``zhengben`` script's own entry point)."""

from zhengben.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
