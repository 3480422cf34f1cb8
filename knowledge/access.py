"""Who may do what with knowledge: stewards, curators, visitors."""

from django.contrib.auth.models import AnonymousUser

from search.documents import STEWARDS_GROUP

__all__ = ["STEWARDS_GROUP", "anonymous", "is_steward"]


def is_steward(user):
    """Stewards (and superusers) decide access levels and take knowledge down."""
    return bool(
        user
        and user.is_authenticated
        and (user.is_superuser or user.groups.filter(name=STEWARDS_GROUP).exists())
    )


def anonymous():
    """The audience of anything shared beyond a session: feeds, sitemaps, caches."""
    return AnonymousUser()


def related_to_species(species, user):
    """Remedies using ``species`` and articles about it, as far as ``user`` may see them."""
    from knowledge.models import KnowledgePage, RemedyPage

    remedies = RemedyPage.objects.visible_to(user).filter(ingredients__species=species).distinct()
    articles = KnowledgePage.objects.visible_to(user).filter(species=species).distinct()
    return {"remedies": list(remedies), "articles": list(articles)}
