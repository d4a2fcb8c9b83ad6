"""Running the crawl unattended: the run lock, the ``--since`` cut-off, failure names,
run health and its summary table."""
