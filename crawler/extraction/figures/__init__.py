"""Economic figures: a number with its unit, subject, kind, approximation and period.

Subject, kind and period come from cue lexicons (crawler/data/) searched in the number's
CLAUSE (sentence cut at «:»/«؛» and at «<verb> و», so «X گفت: Y» does not mix the
speaker's words with the statement, nor «... است و ...» two statements). The steps:
``units`` (is it a figure, and in what unit), ``subject`` and ``defaults`` (what it
measures: cues, then the ordered default rules), ``kind`` (the ordered kind rules),
``period``; ``extract`` composes them, carrying a ``Discourse`` state for anaphors
(«این رقم», «از این تعداد», «۷۰ درصد آن»).
"""

from crawler.extraction.figures.extract import extract_figures
from crawler.extraction.figures.model import FIGURE_KEYS, Figure

__all__ = ["FIGURE_KEYS", "Figure", "extract_figures"]
