"""Every path the package uses, in one place.

The project root is the checkout that holds ``notebooks/`` and ``seeds/``: found
from the working directory upwards, else the checkout this package was installed
from (an editable install).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
KERNEL_NAME = "analysis-py311"


def project_root(start: Path | None = None) -> Path:
    """The nearest directory at or above ``start`` (default: cwd) with ``notebooks/``.

    Falls back to the source checkout of an editable install.
    """
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "notebooks" / "article.ipynb").is_file():
            return candidate
    return PACKAGE_DIR.parents[1]


def seeds_dir(root: Path | None = None) -> Path:
    return (root or project_root()) / "seeds"


def reports_dir(root: Path | None = None) -> Path:
    return (root or project_root()) / "reports"


def notebooks_dir(root: Path | None = None) -> Path:
    return (root or project_root()) / "notebooks"
