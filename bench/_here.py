"""Put this checkout first on ``sys.path``, so that ``python bench/<script>.py`` measures the
``kg`` beside it and not an installed one (an editable install of another worktree would
otherwise be imported: Python puts the script's folder, ``bench/``, first, not the
current directory). Imported first by the scripts that time ``kg``."""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[1])
if sys.path[:1] != [ROOT]:
    sys.path.insert(0, ROOT)
