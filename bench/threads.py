"""Threaded comments in bulk, laid out exactly as django-comments-xtd lays out its own.

xtd keeps a thread as: thread_id = the top-level comment's id; parent_id = the comment replied to
(a top-level comment is its own parent); level = depth from 0; order = the place in the thread
read top to bottom (a reply comes right after its parent's earlier replies and their replies);
nested_count = how many replies sit below a comment. XtdComment.save() computes these with several
queries per reply; here the whole shape is computed in memory and written with multi-row INSERTs.
"""

import datetime
import random
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django_comments.models import Comment as BaseComment

from blog.models import BlogPage
from comments import markup
from comments.models import Comment, Reaction, Status

from .bulk import allocate_ids, insert_chain

# Replies a top-level comment gets: about two on average, often none, sometimes a long exchange.
REPLIES_PER_THREAD = [0, 0, 0, 1, 1, 2, 2, 3, 4, 6]
# The site's default deepest level is 3 (levels 0, 1 and 2).
DEEPEST_LEVEL = 2
USER_COUNT = 40
READER_PASSWORD_HASH = "!"  # unusable: bench readers sign in only through sessions the runner makes

GUEST_NAMES = [
    "Luana", "Marcos", "Tereza", "Beatriz", "Cláudia", "João Pedro", "Fernanda", "Ricardo", "Aline", "Paulo",
    "Renata", "Gustavo", "Camila", "Sérgio", "Patrícia", "Eduardo", "Juliana", "Roberto", "Vanessa", "Márcia",
]  # fmt: skip
SENTENCES = [
    "Obrigada pelo texto, explicou com calma o que nenhum médico teve tempo de explicar.",
    "Levei **doze anos** para ouvir o nome do meu diagnóstico.",
    "Minha filha tem hipermobilidade, mas nenhuma dor; fiquei mais tranquila depois de ler.",
    "Alguém sabe de um ambulatório pelo SUS que atenda dor crônica em Belo Horizonte?",
    "Comecei com caminhadas de cinco minutos e hoje faço vinte e cinco.",
    "A parte sobre o sono fez muito sentido para mim.",
    "Vou levar a lista de sintomas na próxima consulta, como vocês sugerem.",
    "O fisioterapeuta que me atende recomendou exatamente esses exercícios.",
    "Tenho SDRC no pé esquerdo desde 2019 e a dessensibilização ajudou *muito*.",
    "Seria ótimo um texto sobre gestação e Ehlers-Danlos.",
    "Compartilhei com o meu grupo de apoio, todo mundo se reconheceu.",
    "Os estudos citados estão disponíveis em português?",
    "Que bom ler algo sem promessa de cura milagrosa.",
    "A dor neuropática do meu pai piora à noite; vou mostrar este artigo a ele.",
    "Fiquei com uma dúvida sobre o escore de Beighton depois dos cinquenta anos.",
    "O acompanhamento com psicologia também fez diferença no meu caso.",
    "Leiam a revisão citada no fim do texto, vale a pena: https://pubmed.ncbi.nlm.nih.gov/28306229/",
    "Demorei para aceitar que descanso também é tratamento.",
    "Minha reumatologista usa os critérios de 2016 para fibromialgia, conforme o texto.",
    "Cuidado com suplementos vendidos como cura; conversem com o médico antes.",
]
REPLY_OPENERS = ["Obrigado por compartilhar.", "Também passei por isso.", "Boa pergunta!", "Concordo.", ""]


@dataclass
class Node:
    parent: int | None  # index in the same list, None for a top-level comment
    level: int
    children: list = field(default_factory=list)


def thread_shapes(count, rng):
    """`count` comments as threads: a flat list of nodes, each thread's nodes in writing order."""
    nodes = []
    while len(nodes) < count:
        root = len(nodes)
        nodes.append(Node(None, 0))
        thread = [root]
        for _ in range(min(rng.choice(REPLIES_PER_THREAD), count - len(nodes))):
            parent = rng.choice([number for number in thread if nodes[number].level < DEEPEST_LEVEL])
            nodes.append(Node(parent, nodes[parent].level + 1))
            nodes[parent].children.append(len(nodes) - 1)
            thread.append(len(nodes) - 1)
    return nodes


class CommentFactory:
    """Writes threads of comments on posts, with a chosen mix of moderation statuses."""

    def __init__(self, seed=42):
        self.rng = random.Random(seed)
        self.content_type = ContentType.objects.get_for_model(BlogPage)
        self.texts = self._texts()
        self.rendered = {text: markup.render(text) for text in self.texts}
        self.users = self._users()

    def _texts(self):
        rng = random.Random(7)
        texts = []
        for _ in range(400):
            sentences = rng.sample(SENTENCES, k=rng.choice([1, 1, 2, 2, 3, 4]))
            texts.append(" ".join(sentences))
        return texts

    def _users(self):
        """Registered readers who comment while signed in (about one comment in five)."""
        User = get_user_model()
        wanted = [f"bench-reader-{number:02d}" for number in range(USER_COUNT)]
        existing = set(User.objects.filter(username__in=wanted).values_list("username", flat=True))
        User.objects.bulk_create(
            [
                User(username=name, email=f"{name}@example.org", first_name=name, password=READER_PASSWORD_HASH)
                for name in wanted
                if name not in existing
            ]
        )
        return list(User.objects.filter(username__in=wanted).order_by("username"))

    def create(self, post_counts, status_weights, log=None):
        """Write `count` comments on each (post_id, count, start_date) of `post_counts`.

        status_weights: {Status: weight}; replies are given a status the same way, so some
        replies hang below held or removed comments, as they do on a real site.
        """
        total = sum(count for _post, count, _when in post_counts)
        ids = iter(allocate_ids(BaseComment, total))
        comments, reactions, next_report = [], [], 20_000
        statuses, weights = zip(*status_weights.items(), strict=True)
        for post_id, count, when in post_counts:
            nodes = thread_shapes(count, self.rng)
            objs = [None] * len(nodes)
            for number, node in enumerate(nodes):
                when = when + datetime.timedelta(minutes=self.rng.randint(1, 90))
                status = self.rng.choices(statuses, weights)[0]
                objs[number] = self._comment(next(ids), post_id, node, objs, status, when)
            self._lay_out(nodes, objs)
            comments.extend(objs)
            reactions.extend(self._likes(objs))
            if log and len(comments) >= next_report:
                log(f"  built {len(comments)}/{total} comments")
                next_report += 20_000
        insert_chain(Comment, comments)
        Reaction.objects.bulk_create(reactions, batch_size=5000)
        return len(comments)

    def _comment(self, pk, post_id, node, objs, status, when):
        user = self.rng.choice(self.users) if self.rng.random() < 0.2 else None
        if user:
            name, email = user.username, user.email
        else:
            name = self.rng.choice(GUEST_NAMES)
            email = f"{name.split()[0].lower()}.{self.rng.randint(1, 5000)}@example.org"
        text = self.rng.choice(self.texts)
        if node.parent is not None:
            text = f"{self.rng.choice(REPLY_OPENERS)} {text}".strip()
        return Comment(
            id=pk,
            comment_ptr_id=pk,
            xtdcomment_ptr_id=pk,
            content_type_id=self.content_type.pk,
            object_pk=str(post_id),
            site_id=1,
            user=user,
            user_name=name,
            user_email=email,
            user_url="",
            comment=text,
            comment_html=self.rendered.get(text) or markup.render(text),
            submit_date=when,
            ip_address=f"192.0.2.{self.rng.randint(1, 254)}",  # TEST-NET-1: documentation addresses
            status=status,
            is_public=status == Status.APPROVED,
            is_removed=status in (Status.SPAM, Status.TRASH),
            confirmed_at=None if status == Status.UNCONFIRMED else when,
            thread_id=pk if node.parent is None else objs[node.parent].thread_id,
            parent_id=pk if node.parent is None else objs[node.parent].pk,
            level=node.level,
            followup=self.rng.random() < 0.1,
        )

    def _lay_out(self, nodes, objs):
        """order (reading position within the thread) and nested_count (replies below)."""

        def walk(number, position):
            objs[number].order = position
            below = 0
            for child in nodes[number].children:
                position, child_below = walk(child, position + 1)
                below += 1 + child_below
            objs[number].nested_count = below
            return position, below

        for number, node in enumerate(nodes):
            if node.parent is None:
                walk(number, 1)

    def _likes(self, objs):
        likes = []
        for comment in objs:
            if comment.status == Status.APPROVED and self.rng.random() < 0.25:
                for reader in range(self.rng.randint(1, 4)):
                    likes.append(Reaction(comment_id=comment.pk, kind=Reaction.Kind.LIKE, reader_key=f"bench:{reader}"))
        return likes
