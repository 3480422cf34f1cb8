"""RSS feeds of remedies and articles: public items only, whoever asks.

A feed is fetched by readers and aggregators and shared beyond the session
that asked, so it is built for an anonymous visitor whatever the request's user.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from knowledge.access import anonymous


class KnowledgeFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, model):
        super().__init__()
        self.index = index
        self.model = model

    def title(self):
        return self.index.title

    def link(self):
        return self.index.url

    def description(self):
        return self.index.search_description or self.index.title

    def items(self):
        return (
            self.model.objects.child_of(self.index)
            .visible_to(anonymous())
            .order_by("-first_published_at")[:50]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at
