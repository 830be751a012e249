"""Regenerate the rule pages (docs/rules/) and docs/configuration.md from the code.

python tools/docs.py          # write the pages
python tools/docs.py --check  # exit 1 naming any page that is stale
"""

import sys

from converter.report.ruledocs import main

if __name__ == "__main__":
    sys.exit(main())
