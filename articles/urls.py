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
    path("my/", queue.my, name="my-queue"),
    path("articles/new/", ingest.ingest, name="ingest"),
    path("articles/<int:pk>/", review.review, name="review"),
    path("articles/<int:pk>/assign/", review.article_assign, name="article-assign"),
    path("<itemkind:kind>/<int:pk>/assign/", items.item_assign, name="item-assign"),
    path("<itemkind:kind>/<int:pk>/start/", items.item_start, name="item-start"),
    path("<itemkind:kind>/<int:pk>/verdict/", items.item_verdict, name="item-verdict"),
    path("<itemkind:kind>/<int:pk>/approve/", items.item_approve, name="item-approve"),
    path("<itemkind:kind>/<int:pk>/return/", items.item_return, name="item-return"),
    path("<itemkind:kind>/<int:pk>/publish/", items.item_publish, name="item-publish"),
    path("<itemkind:kind>/<int:pk>/notes/", items.item_note, name="item-note"),
    path("<itemkind:kind>/<int:pk>/sources/", items.item_source, name="item-source"),
    path("<itemkind:kind>/<int:pk>/correct/", items.item_correct, name="item-correct"),
    path("<itemkind:kind>/<int:pk>/dismiss/", items.item_dismiss, name="item-dismiss"),
    path("<itemkind:kind>/<int:pk>/restore/", items.item_restore, name="item-restore"),
    path("<itemkind:kind>/<int:pk>/history/", items.item_history, name="item-history"),
]
