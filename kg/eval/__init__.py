"""Evaluation: quality against gold (own sentences, the seed, CoNLL04, CrossRE, PLOVER records,
real articles) and a synthetic corpus for speed measurements.
"""
