#!/usr/bin/env python3
"""The chart tests' font, and the advance widths the charts lay text out with.

Needs fontTools (`pip install fonttools`) and DejaVu Sans (the `fonts-dejavu-core`
package on Debian and Ubuntu; pass another path as the first argument).

    python3 tools/fonts.py [/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf]

1. Writes `tests/data/fonts/test-sans.ttf`: DejaVu Sans cut down to printable
   ASCII and the few symbols the charts print, renamed "Cagr Test Sans" (the
   Bitstream Vera licence, `tests/data/fonts/LICENSE`, asks that a modified
   font not be called Bitstream or Vera). `tests/plot.rs` renders every chart
   with it, so the test does not depend on the fonts of the machine.
2. Prints `ADVANCE`, the advance width of each printable ASCII character in
   thousandths of an em, for `src/plot/text.rs`. DejaVu Sans is wider than
   Helvetica, Arial and Liberation Sans for almost every character, so boxes
   laid out with its widths hold in those faces too.
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
OUT = ROOT / "tests" / "data" / "fonts" / "test-sans.ttf"
NAME = "Cagr Test Sans"
EXTRA = "–—−€£¥₹·×…%"

font = TTFont(SOURCE)
upem = font["head"].unitsPerEm
cmap = font.getBestCmap()
hmtx = font["hmtx"]
widths = [round(hmtx[cmap[c]][0] * 1000 / upem) for c in range(0x20, 0x7F)]

options = subset.Options()
options.name_IDs = ["*"]
options.layout_features = ["kern"]
sub = subset.Subsetter(options)
sub.populate(text="".join(chr(c) for c in range(0x20, 0x7F)) + EXTRA)
sub.subset(font)
for record in font["name"].names:
    if record.nameID in (1, 4, 16, 21):
        record.string = NAME
    elif record.nameID == 6:
        record.string = NAME.replace(" ", "")
    elif record.nameID == 3:
        record.string = NAME + " (a subset of DejaVu Sans)"
font.save(OUT)

print(f"// DejaVu Sans advance widths, 1/1000 em, for ' ' (0x20) to '~' (0x7E).")
print("const ADVANCE: [u16; 95] = [")
for k in range(0, 95, 16):
    print("    " + ", ".join(str(w) for w in widths[k:k + 16]) + ",")
print("];")
