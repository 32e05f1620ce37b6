"""One module per command of ``akn-convert``; each imports its heavy modules inside the command."""
