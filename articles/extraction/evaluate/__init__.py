"""The measurement harness of the extraction engine: `python -m articles.extraction.evaluate`.

It scores the engine on the shared dev sets (read in place, never copied) and
puts beside each figure an anchor computed in the same run: trafilatura for
bodies from HTML, the whole render for bodies from page text, a quotation-mark
regex for quotes, TF-IDF and logistic regression for check-worthiness. Unlike
the engine it needs trafilatura, scikit-learn and, for Chromium renders,
Playwright; it never imports Django.
"""
