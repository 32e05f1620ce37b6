"""Profile rules of akn-convert (AKN4UN rules the official schema cannot express) and the
checksum pin of the official OASIS schema; installed as the data package ``akn_convert.profile``."""
