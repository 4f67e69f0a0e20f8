from django.urls import path

from . import moderation_views, views

app_name = "comments"

urlpatterns = [
    path("enviar/", views.post_comment, name="post"),
    path("enviado/<str:token>/", views.receipt, name="receipt"),
    path("confirmar/<str:token>/", views.confirm, name="confirm"),
    path("<int:comment_id>/", views.permalink, name="permalink"),
    path("<int:comment_id>/curtir/", views.like, name="like"),
    path("<int:comment_id>/denunciar/", views.flag, name="flag"),
    path("editar/<str:token>/", views.edit, name="edit"),
    path("apagar/<str:token>/", views.delete, name="delete"),
    path("cancelar-avisos/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("moderar/<str:token>/", moderation_views.moderate_link, name="moderate"),
]
