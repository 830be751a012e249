"""Normalisation of free feed text into typed values, used by the job model."""
