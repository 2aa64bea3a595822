from django.urls import path, register_converter

from articles.views import ingest, items, queue, review


class ItemKindConverter:
    """The URL slug of an item model: "claims" or "quotes"."""

    regex = "claims|quotes"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ItemKindConverter, "itemkind")

app_name = "articles"

urlpatterns = [
    path("", queue.queue, name="queue"),
    path("articles/new/", ingest.ingest, name="ingest"),
    path("articles/<int:pk>/", review.review, name="review"),
    path("<itemkind:kind>/<int:pk>/notes/", items.item_note, name="item-note"),
    path("<itemkind:kind>/<int:pk>/sources/", items.item_source, name="item-source"),
    path("<itemkind:kind>/<int:pk>/verdict/", items.item_verdict, name="item-verdict"),
    path("<itemkind:kind>/<int:pk>/correct/", items.item_correct, name="item-correct"),
    path("<itemkind:kind>/<int:pk>/dismiss/", items.item_dismiss, name="item-dismiss"),
    path("<itemkind:kind>/<int:pk>/restore/", items.item_restore, name="item-restore"),
]
