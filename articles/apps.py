from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Fact-check desk"

    def ready(self) -> None:
        from articles.roles import grant_chief_permissions

        post_migrate.connect(grant_chief_permissions, sender=self, dispatch_uid="grant_chief_permissions")
