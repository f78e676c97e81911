"""Human-facing views: the explain audit trail (and, later, run reports)."""
