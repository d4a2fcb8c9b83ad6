"""Turning a page (HTML or plain text) into clean article text, one module per stage.

- ``rules``: what an outlet's content root is and what inside it is furniture (data).
- ``html``: applies the rules to HTML, or falls back to a generic extractor.
- ``residual``: the text-level filter every body passes through.
- ``document``: splits a plain-text page into supertitle, title and body.
- ``normalise``: hazm normalisation that keeps digits as written.
"""
