from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "chancery.web"
    label = "web"
    verbose_name = "Reading room"
