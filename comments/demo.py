"""A few conversations for the demo site, written for ZebraMedic (fictional readers)."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from blog.models import BlogPage

from .models import Comment, Status

# (post slug, [(author, email, text, [replies as (author, email, text)])])
CONVERSATIONS = [
    (
        "sed-hipermovel-como-e-feito-o-diagnostico",
        [
            (
                "Luana",
                "luana@example.org",
                "Levei **doze anos** para ouvir o nome SEDh. O que mais ajudou foi chegar à consulta com uma lista "
                "das luxações e do histórico da família, como o texto sugere.",
                [
                    (
                        "Rafael Nogueira",
                        "rafael@example.org",
                        "Obrigado por compartilhar, Luana. Essa lista faz muita diferença na avaliação clínica.",
                    ),
                    (
                        "Cláudia",
                        "claudia@example.org",
                        "Doze anos aqui também. Você encontrou um reumatologista pelo SUS?",
                    ),
                ],
            ),
            (
                "Marcos",
                "marcos@example.org",
                "Minha filha tem escore de Beighton alto mas nenhuma dor. "
                "Entendi que, sozinho, isso não é diagnóstico.",
                [],
            ),
        ],
    ),
    (
        "fibromialgia-exercicio-e-sono",
        [
            (
                "Tereza",
                "tereza@example.org",
                "Comecei com caminhadas de 5 minutos, como sugerido. Parece pouco, mas em três meses cheguei a 25.",
                [("Beatriz", "beatriz@example.org", "Que bom ler isso. Vou tentar começar menor também.")],
            ),
        ],
    ),
]


def load(log):
    created = 0
    start = timezone.now() - datetime.timedelta(days=3)
    content_type = ContentType.objects.get_for_model(BlogPage)
    for slug, threads in CONVERSATIONS:
        post = BlogPage.objects.filter(slug=slug).first()
        if post is None:
            log(f"Comments for “{slug}”: post not found, skipped.")
            continue
        if Comment.objects.filter(content_type=content_type, object_pk=str(post.pk)).exists():
            log(f"Comments for “{post.title}”: already there.")
            continue
        minutes = 0
        for name, email, text, replies in threads:
            minutes += 30
            root = _comment(post, content_type, name, email, text, start + datetime.timedelta(minutes=minutes))
            created += 1
            for reply_name, reply_email, reply_text in replies:
                minutes += 30
                when = start + datetime.timedelta(minutes=minutes)
                _comment(post, content_type, reply_name, reply_email, reply_text, when, parent=root)
                created += 1
        log(f"Comments for “{post.title}”: created.")
    return created


def _comment(post, content_type, name, email, text, when, parent=None):
    comment = Comment(
        content_type=content_type,
        object_pk=str(post.pk),
        site_id=1,
        user_name=name,
        user_email=email,
        comment=text,
        submit_date=when,
        confirmed_at=when,
        parent_id=parent.pk if parent else 0,
        status=Status.APPROVED,
    )
    comment.save()
    return comment
