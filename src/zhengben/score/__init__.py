"""Signals (measurements stored on the record) and the policy that turns them into decisions."""
