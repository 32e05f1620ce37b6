"""Templates of the HTML rendition; installed as the data package ``akn_convert.templates``."""
