"""Graph: the ``KnowledgeGraph`` (entities, claims, articles; queries, paths, NetworkX view)
and the events fused from its claims across articles.
"""
