# Claims are stored for every body sentence; those scoring at least this are shown as claims.
CLAIM_THRESHOLD = 0.5
