"""``python -m analysis``: the same as the ``analysis`` command."""

from analysis.cli import main

if __name__ == "__main__":
    main()
