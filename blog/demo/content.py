"""Demo content for load_demo_content: original prose written for ZebraMedic."""

CONDITIONS = [
    {
        "slug": "ehlers-danlos",
        "name": "Síndrome de Ehlers-Danlos",
        "description": (
            "Grupo de doenças hereditárias do tecido conjuntivo que pode afetar articulações, pele, vasos "
            "e outros órgãos. A forma hipermóvel é a mais frequente e ainda não tem causa genética identificada."
        ),
    },
    {
        "slug": "crps",
        "name": "Síndrome Dolorosa Regional Complexa (SDRC/CRPS)",
        "description": (
            "Dor persistente e desproporcional que costuma surgir depois de uma lesão ou cirurgia em um braço "
            "ou perna, acompanhada de alterações de sensibilidade, cor, temperatura, inchaço ou movimento."
        ),
    },
    {
        "slug": "fibromialgia",
        "name": "Fibromialgia",
        "description": (
            "Síndrome de dor crônica generalizada, associada a cansaço, sono não reparador e dificuldades de "
            "memória e concentração, ligada a alterações no modo como o sistema nervoso processa a dor."
        ),
    },
    {
        "slug": "dor-neuropatica",
        "name": "Dor neuropática",
        "description": (
            "Dor causada por lesão ou doença do sistema nervoso que processa as sensações do corpo, muitas "
            "vezes descrita como queimação, choques ou formigamento."
        ),
    },
]

PEOPLE = [
    {
        "slug": "helena-vasconcelos",
        "name": "Helena Vasconcelos",
        "credentials": "MSc",
        "role": "Editora e jornalista de saúde",
        "bio": (
            "Jornalista especializada em saúde, com mestrado em divulgação científica. Há mais de dez anos "
            "escreve sobre doenças raras e dor crônica, sempre em parceria com profissionais da área clínica. "
            "No ZebraMedic, coordena a pauta e a edição dos textos."
        ),
        "profile_url": "",
    },
    {
        "slug": "rafael-nogueira",
        "name": "Rafael Nogueira",
        "credentials": "PT, PhD",
        "role": "Fisioterapeuta e autor",
        "bio": (
            "Fisioterapeuta com doutorado em ciências da reabilitação, dedica-se ao atendimento de pessoas com "
            "dor persistente e hipermobilidade articular. Escreve para o ZebraMedic sobre exercício, "
            "reabilitação e autocuidado."
        ),
        "profile_url": "",
    },
    {
        "slug": "marina-caldeira",
        "name": "Marina Caldeira",
        "credentials": "MD, PhD",
        "role": "Revisora clínica, reumatologista",
        "bio": (
            "Médica reumatologista com doutorado em ciências médicas e experiência em ambulatórios de dor "
            "crônica e de doenças do tecido conjuntivo. Revisa o conteúdo clínico do ZebraMedic antes da "
            "publicação e a cada revisão periódica."
        ),
        "profile_url": "",
    },
]
REVIEWER = "marina-caldeira"

POSTS = [
    # ------------------------------------------------------------------------------------------
    {
        "slug": "sed-hipermovel-como-e-feito-o-diagnostico",
        "title": "SED hipermóvel: como é feito o diagnóstico",
        "date": "2026-11-10",
        "intro": (
            "Não existe exame genético que confirme a síndrome de Ehlers-Danlos hipermóvel: o diagnóstico é "
            "clínico e segue critérios internacionais de 2017. Veja o que eles avaliam e por que a "
            "flexibilidade, sozinha, não basta."
        ),
        "authors": ["helena-vasconcelos", "rafael-nogueira"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-11-16",
        "next_review_due": "2027-11-16",
        "conditions": ["ehlers-danlos"],
        "tags": ["diagnóstico", "dor crônica", "consulta médica"],
        "image": {
            "title": "SED hipermóvel: diagnóstico",
            "alt": (
                "Ilustração abstrata: degradê diagonal de azul-petróleo a verde-água, cruzado por listras "
                "claras e suaves como as de uma zebra, evocando articulações flexíveis."
            ),
            "colors": ["#1f6f8b", "#99c8c2"],
        },
        "disclaimer": "",
        "body": [
            (
                "paragraph",
                "<p>Muita gente com a síndrome de Ehlers-Danlos hipermóvel (SEDh) passa anos ouvindo que é "
                "“só flexível”, “ansiosa” ou “sensível demais à dor”. A demora costuma ter uma explicação "
                "concreta: ao contrário de outros tipos da síndrome, a forma hipermóvel ainda não tem um gene "
                "conhecido, e por isso não há exame de sangue ou de DNA capaz de confirmá-la.</p>",
            ),
            (
                "paragraph",
                "<p>Isso não significa que o diagnóstico seja subjetivo. Desde 2017, um consórcio internacional "
                "de especialistas usa critérios clínicos mais rigorosos, que ajudam a diferenciar a SEDh de "
                "outras condições com articulações muito móveis. A seguir, explicamos em linguagem simples o "
                "que esses critérios observam, sem substituir a avaliação de um profissional experiente.</p>",
            ),
            ("heading", {"text": "O que mudou em 2017", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>As síndromes de Ehlers-Danlos formam um grupo de doenças hereditárias do tecido conjuntivo, "
                "a rede de sustentação que dá firmeza e elasticidade à pele, aos ligamentos, aos vasos e a "
                "vários órgãos. A classificação internacional de 2017 reconheceu 13 subtipos. Na maioria deles, "
                "a confirmação depende de encontrar uma alteração genética; a forma hipermóvel é a exceção e "
                "continua sendo reconhecida pela combinação de sinais clínicos, pela história familiar e pela "
                "exclusão de outras causas.</p>",
            ),
            ("heading", {"text": "Os três critérios, passo a passo", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Para que o diagnóstico seja considerado, os três critérios abaixo precisam estar presentes "
                "<b>ao mesmo tempo</b>. Nenhum deles, isoladamente, é suficiente.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Em resumo",
                    "items": [
                        {
                            "lead": "Hipermobilidade generalizada",
                            "text": (
                                "É avaliada principalmente pelo escore de Beighton, uma sequência de nove "
                                "manobras simples feitas no consultório. O ponto de corte muda conforme a fase "
                                "da vida: é mais exigente em crianças e adolescentes e menor depois dos 50 anos, "
                                "quando as articulações naturalmente perdem amplitude."
                            ),
                        },
                        {
                            "lead": "Sinais de um distúrbio do tecido conjuntivo",
                            "text": (
                                "São necessários pelo menos dois de três grupos: características sistêmicas "
                                "(como pele macia e levemente elástica, estrias sem causa aparente, hérnias "
                                "recorrentes ou prolapso da válvula mitral), histórico compatível em parente de "
                                "primeiro grau e complicações musculoesqueléticas, como dor persistente ou "
                                "luxações repetidas sem trauma importante."
                            ),
                        },
                        {
                            "lead": "Exclusão de outras explicações",
                            "text": (
                                "É preciso descartar outros tipos de Ehlers-Danlos, outras doenças hereditárias "
                                "do tecido conjuntivo e condições reumatológicas que também podem causar "
                                "frouxidão articular ou dor difusa."
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "E se os critérios não forem preenchidos?", "level": "h3", "anchor": ""}),
            (
                "paragraph",
                "<p>Muitas pessoas têm articulações hipermóveis que causam sintomas reais, mas não preenchem "
                "todos os critérios da SEDh. Para elas, os especialistas propuseram o termo <b>transtornos do "
                "espectro da hipermobilidade</b> (TEH, ou HSD na sigla em inglês). O rótulo não é um "
                "“diagnóstico de consolação”: ele reconhece o problema e orienta o cuidado, que em muitos "
                "casos se parece com o indicado para a SEDh.</p>",
            ),
            (
                "image",
                {
                    "image": "sed-articulacoes",
                    "alt_text": (
                        "Ilustração abstrata em degradê de azul profundo a azul-claro, atravessada por listras "
                        "diagonais suaves, que lembram o movimento de articulações."
                    ),
                    "caption": "A hipermobilidade é só um dos três pilares do diagnóstico.",
                    "credit": "Ilustração: ZebraMedic",
                },
            ),
            ("heading", {"text": "Muito além das articulações", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Embora os critérios se concentrem em articulações, pele e história familiar, quem convive "
                "com a SEDh costuma relatar outras queixas: dor crônica, cansaço intenso, tontura ao ficar em "
                "pé, alterações intestinais e sono ruim. Esses sintomas não entram na contagem diagnóstica, mas "
                "pesam no planejamento do tratamento e merecem ser mencionados na consulta.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Quando finalmente alguém examinou minhas articulações com calma e perguntou sobre a "
                        "minha família, tudo começou a fazer sentido. O diagnóstico não curou nada, mas mudou o "
                        "jeito como eu cuido de mim."
                    ),
                    "attribution": "Leitora com SED hipermóvel, 34 anos",
                    "cite_url": "",
                },
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Classificação internacional",
                            "text": (
                                "A classificação de 2017 reconhece 13 subtipos de síndrome de Ehlers-Danlos. "
                                "Para todos, exceto o hipermóvel, o diagnóstico definitivo depende da "
                                "identificação de uma variante genética causal."
                            ),
                            "citations": ["malfait2017"],
                        },
                        {
                            "label": "Critérios mais rigorosos",
                            "text": (
                                "Os critérios clínicos da forma hipermóvel foram revistos para separá-la melhor "
                                "de outros quadros de hipermobilidade articular; a descrição clínica publicada "
                                "no mesmo ano mostra que a apresentação varia muito de pessoa para pessoa."
                            ),
                            "citations": ["malfait2017", "tinkle2017"],
                        },
                        {
                            "label": "Espectro da hipermobilidade",
                            "text": (
                                "Foi proposto o grupo dos transtornos do espectro da hipermobilidade para "
                                "pessoas com hipermobilidade sintomática que não se encaixam na SEDh nem em "
                                "outra síndrome conhecida."
                            ),
                            "citations": ["castori2017", "malfait2017"],
                        },
                        {
                            "label": "Reabilitação",
                            "text": (
                                "As evidências sobre fisioterapia na hipermobilidade sintomática ainda são "
                                "limitadas em quantidade e qualidade; os autores recomendam decisões "
                                "individualizadas e pedem ensaios clínicos maiores."
                            ),
                            "citations": ["engelbert2017"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>Ter articulações flexíveis é comum, sobretudo em crianças, adolescentes e mulheres "
                        "jovens, e na maioria das vezes não indica doença. Testes de flexibilidade feitos em "
                        "casa a partir de vídeos não substituem o exame clínico e podem provocar lesões se a "
                        "pessoa forçar a articulação.</p>"
                        "<p>Alguns sinais pedem avaliação especializada sem demora: pele muito fina e "
                        "translúcida, hematomas extensos sem motivo aparente ou histórico familiar de ruptura "
                        "de artérias ou de órgãos podem sugerir outros tipos de Ehlers-Danlos, que exigem "
                        "investigação genética e acompanhamento específico.</p>"
                    ),
                },
            ),
            (
                "embed",
                {
                    "url": "https://www.ehlers-danlos.com/",
                    "title": "The Ehlers-Danlos Society",
                    "caption": (
                        "Organização internacional de pacientes com materiais educativos sobre as síndromes de "
                        "Ehlers-Danlos e os transtornos do espectro da hipermobilidade (conteúdo em inglês)."
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Procure um especialista",
                    "text": (
                        "Se você se identificou com este texto, anote seus sintomas, o histórico da sua família "
                        "e as lesões que já teve, e leve essas informações a um reumatologista ou geneticista. "
                        "Só uma avaliação presencial pode confirmar ou afastar o diagnóstico."
                    ),
                    "button_label": "",
                    "url": "",
                },
            ),
        ],
        "references": [
            {
                "key": "malfait2017",
                # First ten of the paper's many authors, as listed in the article.
                "authors": [
                    {"type": "person", "family_name": "Malfait", "given_names": "F"},
                    {"type": "person", "family_name": "Francomano", "given_names": "C"},
                    {"type": "person", "family_name": "Byers", "given_names": "P"},
                    {"type": "person", "family_name": "Belmont", "given_names": "J"},
                    {"type": "person", "family_name": "Berglund", "given_names": "B"},
                    {"type": "person", "family_name": "Black", "given_names": "J"},
                    {"type": "person", "family_name": "Bloom", "given_names": "L"},
                    {"type": "person", "family_name": "Bowen", "given_names": "JM"},
                    {"type": "person", "family_name": "Brady", "given_names": "AF"},
                    {"type": "person", "family_name": "Burrows", "given_names": "NP"},
                ],
                "year": 2017,
                "title": "The 2017 international classification of the Ehlers-Danlos syndromes",
                "container": "Am J Med Genet C Semin Med Genet",
                "volume": "175",
                "issue": "1",
                "pages": "8-26",
                "doi": "10.1002/ajmg.c.31552",
                "pmid": "28306229",
                "url": "",
                "accessed": "",
            },
            {
                "key": "tinkle2017",
                "authors": [
                    {"type": "person", "family_name": "Tinkle", "given_names": "B"},
                    {"type": "person", "family_name": "Castori", "given_names": "M"},
                    {"type": "person", "family_name": "Berglund", "given_names": "B"},
                    {"type": "person", "family_name": "Cohen", "given_names": "H"},
                    {"type": "person", "family_name": "Grahame", "given_names": "R"},
                    {"type": "person", "family_name": "Kazkaz", "given_names": "H"},
                    {"type": "person", "family_name": "Levy", "given_names": "H"},
                ],
                "year": 2017,
                "title": (
                    "Hypermobile Ehlers-Danlos syndrome (a.k.a. Ehlers-Danlos syndrome Type III and "
                    "Ehlers-Danlos syndrome hypermobility type): Clinical description and natural history"
                ),
                "container": "Am J Med Genet C Semin Med Genet",
                "volume": "175",
                "issue": "1",
                "pages": "48-69",
                "doi": "10.1002/ajmg.c.31538",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "castori2017",
                "authors": [
                    {"type": "person", "family_name": "Castori", "given_names": "M"},
                    {"type": "person", "family_name": "Tinkle", "given_names": "B"},
                    {"type": "person", "family_name": "Levy", "given_names": "H"},
                    {"type": "person", "family_name": "Grahame", "given_names": "R"},
                    {"type": "person", "family_name": "Malfait", "given_names": "F"},
                    {"type": "person", "family_name": "Hakim", "given_names": "A"},
                ],
                "year": 2017,
                "title": "A framework for the classification of joint hypermobility and related conditions",
                "container": "Am J Med Genet C Semin Med Genet",
                "volume": "175",
                "issue": "1",
                "pages": "148-157",
                "doi": "10.1002/ajmg.c.31539",
                "pmid": "28145606",
                "url": "",
                "accessed": "",
            },
            {
                "key": "engelbert2017",
                "authors": [
                    {"type": "person", "family_name": "Engelbert", "given_names": "RHH"},
                    {"type": "person", "family_name": "Juul-Kristensen", "given_names": "B"},
                    {"type": "person", "family_name": "Pacey", "given_names": "V"},
                    {"type": "person", "family_name": "de Wandele", "given_names": "I"},
                    {"type": "person", "family_name": "Smeenk", "given_names": "S"},
                    {"type": "person", "family_name": "Woinarosky", "given_names": "N"},
                    {"type": "person", "family_name": "Sabo", "given_names": "S"},
                    {"type": "person", "family_name": "Scheper", "given_names": "MC"},
                    {"type": "person", "family_name": "Russek", "given_names": "L"},
                    {"type": "person", "family_name": "Simmonds", "given_names": "JV"},
                ],
                "year": 2017,
                "title": (
                    "The evidence-based rationale for physical therapy treatment of children, adolescents, and "
                    "adults diagnosed with joint hypermobility syndrome/hypermobile Ehlers Danlos syndrome"
                ),
                "container": "Am J Med Genet C Semin Med Genet",
                "volume": "175",
                "issue": "1",
                "pages": "158-167",
                "doi": "10.1002/ajmg.c.31545",
                "pmid": "28306230",
                "url": "",
                "accessed": "",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "instabilidade-articular-ritmo-e-forca-no-dia-a-dia",
        "title": "Instabilidade articular: ritmo, força e cuidado no dia a dia",
        "date": "2026-09-22",
        "intro": (
            "Luxações, dor e cansaço fazem parte da rotina de muita gente com SED hipermóvel ou "
            "hipermobilidade sintomática. Conheça princípios de ritmo de atividades e de fortalecimento que "
            "costumam ser combinados com fisioterapeutas."
        ),
        "authors": ["rafael-nogueira"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-09-30",
        "next_review_due": "2027-09-30",
        "conditions": ["ehlers-danlos"],
        "tags": ["fisioterapia", "qualidade de vida", "dor crônica"],
        "image": {
            "title": "Instabilidade articular no dia a dia",
            "alt": (
                "Ilustração abstrata: degradê diagonal de azul-ardósia a areia, cruzado por listras claras e "
                "suaves, sugerindo equilíbrio entre esforço e descanso."
            ),
            "colors": ["#3d5a80", "#e0c3a0"],
        },
        "disclaimer": "",
        "body": [
            (
                "paragraph",
                "<p>Para quem tem articulações instáveis, tarefas simples, como carregar sacolas, digitar por "
                "horas ou dormir numa posição torta, podem terminar em dor ou em uma subluxação. Com o tempo, é "
                "comum surgir um ciclo difícil: a dor leva a evitar o movimento, a falta de movimento enfraquece "
                "os músculos, e músculos fracos protegem menos as articulações.</p>",
            ),
            (
                "paragraph",
                "<p>Não existe receita única para quebrar esse ciclo, mas algumas estratégias aparecem com "
                "frequência nas orientações de equipes que atendem pessoas com síndrome de Ehlers-Danlos "
                "hipermóvel (SEDh) e transtornos do espectro da hipermobilidade. Elas funcionam melhor quando "
                "adaptadas por um profissional que conhece a sua história.</p>",
            ),
            ("heading", {"text": "O que é dosar o ritmo", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Dosar o ritmo (em inglês, <i>pacing</i>) é distribuir as atividades ao longo do dia e da "
                "semana para evitar o padrão de “tudo ou nada”: fazer muito num dia bom e passar os dias "
                "seguintes se recuperando. A ideia não é fazer menos para sempre, e sim encontrar uma base "
                "estável e, a partir dela, aumentar aos poucos.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Estratégias que costumam ajudar",
                    "items": [
                        {
                            "lead": "Descubra sua linha de base",
                            "text": (
                                "Observe por uma ou duas semanas quanto tempo você consegue ficar em pé, "
                                "caminhar ou usar as mãos sem piora importante nas horas seguintes. Esse é o "
                                "ponto de partida, não um limite definitivo."
                            ),
                        },
                        {
                            "lead": "Intercale esforço e pausa",
                            "text": (
                                "Alternar tarefas pesadas e leves, e fazer pausas curtas antes de a dor "
                                "aparecer, tende a funcionar melhor do que parar só quando já não dá mais."
                            ),
                        },
                        {
                            "lead": "Aumente devagar",
                            "text": (
                                "Pequenos acréscimos, mantidos por alguns dias antes do próximo passo, dão tempo "
                                "para músculos e tendões se adaptarem."
                            ),
                        },
                        {
                            "lead": "Planeje os dias difíceis",
                            "text": (
                                "Ter um plano para as crises, com o que reduzir, quem pode ajudar e quando "
                                "procurar atendimento, diminui a sensação de descontrole."
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Força e controle, não alongamento extremo", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Pessoas hipermóveis muitas vezes já alcançam amplitudes grandes sem esforço; o desafio "
                "costuma ser controlar o movimento dentro dessa amplitude. Por isso, programas de fisioterapia "
                "para hipermobilidade tendem a priorizar fortalecimento gradual, exercícios de estabilidade e "
                "treino de propriocepção, que é a percepção da posição do corpo no espaço, em vez de "
                "alongamentos que levam a articulação ao extremo.</p>",
            ),
            ("heading", {"text": "Pequenos ajustes na rotina", "level": "h3", "anchor": ""}),
            (
                "paragraph",
                "<p>Ajustes simples podem reduzir a sobrecarga:</p>"
                "<ul>"
                "<li>alternar a posição ao trabalhar sentado e apoiar bem os antebraços;</li>"
                "<li>usar canetas e utensílios mais grossos, que exigem menos força de pinça;</li>"
                "<li>dividir o peso das compras em duas sacolas;</li>"
                "<li>conversar com um terapeuta ocupacional sobre órteses ou adaptações, quando fizer "
                "sentido.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Dor e cansaço andam juntos", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>A dor na hipermobilidade pode vir das articulações, dos músculos, de tendões sobrecarregados "
                "e, às vezes, de um sistema nervoso mais sensível. O cansaço também é uma queixa frequente. Por "
                "isso, o cuidado costuma ser multiprofissional: fisioterapia, orientação médica sobre o controle "
                "da dor, atenção ao sono e, quando necessário, apoio psicológico para lidar com uma condição de "
                "longo prazo.</p>",
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Fisioterapia como eixo do cuidado",
                            "text": (
                                "Uma diretriz internacional de fisioterapia para hipermobilidade sintomática e "
                                "SEDh propõe avaliar funções do corpo, atividades e participação social, mas "
                                "reconhece que as evidências disponíveis são limitadas em tamanho e qualidade."
                            ),
                            "citations": ["engelbert2017"],
                        },
                        {
                            "label": "Dor de várias origens",
                            "text": (
                                "Uma revisão sobre o manejo da dor nas síndromes de Ehlers-Danlos descreve dor "
                                "frequente, localizada ou generalizada, associada a luxações, lesões de tecidos "
                                "moles e cirurgias prévias, e discute abordagens combinadas, ainda com pouca "
                                "pesquisa controlada."
                            ),
                            "citations": ["chopra2017"],
                        },
                        {
                            "label": "Sintomas além das articulações",
                            "text": (
                                "A descrição clínica da SEDh registra que dor crônica, fadiga e outros sintomas "
                                "sistêmicos são comuns e podem mudar ao longo da vida."
                            ),
                            "citations": ["tinkle2017"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>Exercícios mal dosados podem provocar crises ou lesões, e alguns movimentos comuns em "
                        "academias e aulas de alongamento forçam articulações já instáveis. Comece sempre com a "
                        "orientação de um fisioterapeuta que conheça hipermobilidade.</p>"
                        "<p>Luxações com dor intensa, deformidade visível, formigamento ou perda de força pedem "
                        "atendimento imediato. Não tente recolocar a articulação sozinho se não tiver sido "
                        "orientado a fazer isso.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Monte sua equipe de cuidado",
                    "text": (
                        "Converse com seu médico e com um fisioterapeuta experiente em hipermobilidade para "
                        "montar um plano de atividades adequado ao seu corpo e à sua rotina."
                    ),
                    "button_label": "Conheça a Ehlers-Danlos Society",
                    "url": "https://www.ehlers-danlos.com/",
                },
            ),
        ],
        "references": [
            {
                "key": "engelbert2017",
                "authors": [
                    {"type": "person", "family_name": "Engelbert", "given_names": "RHH"},
                    {"type": "person", "family_name": "Juul-Kristensen", "given_names": "B"},
                    {"type": "person", "family_name": "Pacey", "given_names": "V"},
                    {"type": "person", "family_name": "de Wandele", "given_names": "I"},
                    {"type": "person", "family_name": "Smeenk", "given_names": "S"},
                    {"type": "person", "family_name": "Woinarosky", "given_names": "N"},
                    {"type": "person", "family_name": "Sabo", "given_names": "S"},
                    {"type": "person", "family_name": "Scheper", "given_names": "MC"},
                    {"type": "person", "family_name": "Russek", "given_names": "L"},
                    {"type": "person", "family_name": "Simmonds", "given_names": "JV"},
                ],
                "year": 2017,
                "title": (
                    "The evidence-based rationale for physical therapy treatment of children, adolescents, and "
                    "adults diagnosed with joint hypermobility syndrome/hypermobile Ehlers Danlos syndrome"
                ),
                "container": "Am J Med Genet C Semin Med Genet",
                "volume": "175",
                "issue": "1",
                "pages": "158-167",
                "doi": "10.1002/ajmg.c.31545",
                "pmid": "28306230",
                "url": "",
                "accessed": "",
            },
            {
                "key": "chopra2017",
                "authors": [
                    {"type": "person", "family_name": "Chopra", "given_names": "P"},
                    {"type": "person", "family_name": "Tinkle", "given_names": "B"},
                    {"type": "person", "family_name": "Hamonet", "given_names": "C"},
                    {"type": "person", "family_name": "Brock", "given_names": "I"},
                    {"type": "person", "family_name": "Gompel", "given_names": "A"},
                    {"type": "person", "family_name": "Bulbena", "given_names": "A"},
                    {"type": "person", "family_name": "Francomano", "given_names": "C"},
                ],
                "year": 2017,
                "title": "Pain management in the Ehlers-Danlos syndromes",
                "container": "Am J Med Genet C Semin Med Genet",
                "volume": "175",
                "issue": "1",
                "pages": "212-219",
                "doi": "10.1002/ajmg.c.31554",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "tinkle2017",
                "authors": [
                    {"type": "person", "family_name": "Tinkle", "given_names": "B"},
                    {"type": "person", "family_name": "Castori", "given_names": "M"},
                    {"type": "person", "family_name": "Berglund", "given_names": "B"},
                    {"type": "person", "family_name": "Cohen", "given_names": "H"},
                    {"type": "person", "family_name": "Grahame", "given_names": "R"},
                    {"type": "person", "family_name": "Kazkaz", "given_names": "H"},
                    {"type": "person", "family_name": "Levy", "given_names": "H"},
                ],
                "year": 2017,
                "title": (
                    "Hypermobile Ehlers-Danlos syndrome (a.k.a. Ehlers-Danlos syndrome Type III and "
                    "Ehlers-Danlos syndrome hypermobility type): Clinical description and natural history"
                ),
                "container": "Am J Med Genet C Semin Med Genet",
                "volume": "175",
                "issue": "1",
                "pages": "48-69",
                "doi": "10.1002/ajmg.c.31538",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "sdrc-sinais-iniciais-e-criterios-de-budapeste",
        "title": "SDRC: sinais iniciais e os critérios de Budapeste",
        "date": "2026-03-12",
        "intro": (
            "A síndrome dolorosa regional complexa costuma surgir depois de uma fratura, cirurgia ou lesão num "
            "braço ou numa perna. Saiba quais sinais merecem atenção e como funcionam os critérios de "
            "Budapeste, usados no diagnóstico."
        ),
        "authors": ["helena-vasconcelos"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-03-19",
        "next_review_due": "2027-03-19",
        "conditions": ["crps"],
        "tags": ["diagnóstico", "dor crônica"],
        "image": {
            "title": "SDRC: sinais iniciais",
            "alt": (
                "Ilustração abstrata: degradê diagonal de vermelho-tijolo a laranja-claro, cruzado por listras "
                "claras e suaves, lembrando calor e mudança de cor na pele."
            ),
            "colors": ["#7b2d26", "#f2a65a"],
        },
        "disclaimer": "",
        "body": [
            (
                "paragraph",
                "<p>Depois de uma fratura de punho ou de uma cirurgia no tornozelo, é esperado sentir dor por "
                "algumas semanas. Em uma parte das pessoas, porém, a dor não segue o caminho habitual da "
                "recuperação: fica mais intensa do que a lesão justificaria, espalha-se pelo membro e vem "
                "acompanhada de mudanças de cor, de temperatura ou de inchaço. Esse quadro pode ser a síndrome "
                "dolorosa regional complexa (SDRC), conhecida internacionalmente pela sigla CRPS.</p>",
            ),
            (
                "paragraph",
                "<p>Não existe um exame único que confirme a SDRC. O diagnóstico é clínico, baseado na conversa "
                "e no exame físico, e segue critérios internacionais que ajudam a separá-la de outras causas de "
                "dor persistente.</p>",
            ),
            ("heading", {"text": "Sinais que merecem atenção", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Os sintomas costumam ser agrupados em quatro categorias. Reconhecê-las ajuda a descrever o "
                "que está acontecendo com mais precisão na consulta.</p>",
            ),
            (
                "key_points",
                {
                    "title": "As quatro categorias",
                    "items": [
                        {
                            "lead": "Sensorial",
                            "text": (
                                "Dor desproporcional, sensibilidade aumentada e dor provocada por estímulos que "
                                "normalmente não doem, como o toque do lençol ou da água do banho."
                            ),
                        },
                        {
                            "lead": "Vasomotora",
                            "text": (
                                "Diferença de temperatura ou de cor da pele entre o membro afetado e o outro "
                                "lado, que pode ficar avermelhado, arroxeado ou pálido."
                            ),
                        },
                        {
                            "lead": "Sudomotora e edema",
                            "text": (
                                "Inchaço e mudanças no suor, com o membro mais suado ou mais seco do que o lado oposto."
                            ),
                        },
                        {
                            "lead": "Motora e trófica",
                            "text": (
                                "Rigidez, perda de força, tremor ou posturas involuntárias, além de alterações no "
                                "crescimento de pelos e unhas e na textura da pele."
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Como funcionam os critérios de Budapeste", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Os critérios de Budapeste, propostos por um grupo internacional de especialistas e depois "
                "testados em estudo clínico, exigem quatro condições ao mesmo tempo:</p>"
                "<ol>"
                "<li>dor contínua e desproporcional ao evento que a desencadeou;</li>"
                "<li>relato de pelo menos um sintoma em três das quatro categorias;</li>"
                "<li>pelo menos um sinal observado pelo examinador, no momento da consulta, em duas ou mais "
                "categorias;</li>"
                "<li>ausência de outro diagnóstico que explique melhor o quadro.</li>"
                "</ol>",
            ),
            (
                "paragraph",
                "<p>O último item é essencial. Infecções, trombose, problemas de consolidação de fratura e "
                "compressões de nervos podem imitar partes da SDRC e precisam ser considerados antes de fechar "
                "o diagnóstico.</p>",
            ),
            ("heading", {"text": "Por que o reconhecimento precoce importa", "level": "h3", "anchor": ""}),
            (
                "paragraph",
                "<p>Muitos casos melhoram no primeiro ano, mas uma parcela evolui para a forma crônica. "
                "Identificar o quadro cedo permite iniciar a reabilitação e o controle da dor enquanto o membro "
                "ainda responde melhor ao movimento, e evita que a pessoa passe meses ouvindo que “é normal "
                "doer”.</p>",
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Validação dos critérios",
                            "text": (
                                "Em estudo com 113 pacientes com SDRC tipo I e 47 pessoas com outras dores "
                                "neuropáticas, os critérios clínicos de Budapeste mantiveram sensibilidade quase "
                                "igual à dos critérios anteriores da IASP (0,99 contra 1,00) e elevaram a "
                                "especificidade de 0,41 para 0,68, reduzindo o risco de diagnósticos em excesso."
                            ),
                            "citations": ["harden2010"],
                        },
                        {
                            "label": "Frequência e evolução",
                            "text": (
                                "Uma revisão clínica estima que a forma aguda ocorra em cerca de 7% das pessoas "
                                "após fraturas, cirurgias ou outras lesões de membros, e que muitos casos se "
                                "resolvam no primeiro ano; o diagnóstico se baseia apenas em sinais e sintomas."
                            ),
                            "citations": ["bruehl2015"],
                        },
                        {
                            "label": "Mecanismos",
                            "text": (
                                "Os mecanismos propostos incluem inflamação exagerada, alterações no controle dos "
                                "vasos sanguíneos e mudanças desfavoráveis na plasticidade do sistema nervoso; a "
                                "combinação varia entre as pessoas, o que ajuda a explicar a diversidade de "
                                "apresentações."
                            ),
                            "citations": ["marinus2011", "bruehl2015"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>Nem toda dor prolongada após uma lesão é SDRC, e rotular cedo demais pode desviar a "
                        "atenção de outras causas tratáveis. Por outro lado, esperar muito para investigar pode "
                        "atrasar a reabilitação.</p>"
                        "<p>Procure atendimento de urgência se houver inchaço súbito e doloroso na panturrilha, "
                        "febre, vermelhidão que se espalha rapidamente, ferida com secreção ou perda repentina de "
                        "força: esses sinais podem indicar trombose, infecção ou outras complicações que exigem "
                        "cuidado imediato.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Converse com um especialista em dor",
                    "text": (
                        "Se a dor após uma lesão está fora do esperado, registre as mudanças de cor, temperatura "
                        "e inchaço (fotos ajudam) e procure seu médico. Ortopedistas, neurologistas, fisiatras e "
                        "especialistas em dor podem avaliar o quadro com você."
                    ),
                    "button_label": "",
                    "url": "",
                },
            ),
        ],
        "references": [
            {
                "key": "harden2010",
                "authors": [
                    {"type": "person", "family_name": "Harden", "given_names": "RN"},
                    {"type": "person", "family_name": "Bruehl", "given_names": "S"},
                    {"type": "person", "family_name": "Perez", "given_names": "RSGM"},
                    {"type": "person", "family_name": "Birklein", "given_names": "F"},
                    {"type": "person", "family_name": "Marinus", "given_names": "J"},
                    {"type": "person", "family_name": "Maihöfner", "given_names": "C"},
                    {"type": "person", "family_name": "Lubenow", "given_names": "T"},
                    {"type": "person", "family_name": "Buvanendran", "given_names": "A"},
                    {"type": "person", "family_name": "Mackey", "given_names": "S"},
                    {"type": "person", "family_name": "Graciosa", "given_names": "J"},
                    {"type": "person", "family_name": "Mogilevski", "given_names": "M"},
                    {"type": "person", "family_name": "Ramsden", "given_names": "C"},
                    {"type": "person", "family_name": "Chont", "given_names": "M"},
                    {"type": "person", "family_name": "Vatine", "given_names": "JJ"},
                ],
                "year": 2010,
                "title": (
                    'Validation of proposed diagnostic criteria (the "Budapest Criteria") for Complex Regional '
                    "Pain Syndrome"
                ),
                "container": "Pain",
                "volume": "150",
                "issue": "2",
                "pages": "268-274",
                "doi": "10.1016/j.pain.2010.04.030",
                "pmid": "20493633",
                "url": "",
                "accessed": "",
            },
            {
                "key": "bruehl2015",
                "authors": [
                    {"type": "person", "family_name": "Bruehl", "given_names": "S"},
                ],
                "year": 2015,
                "title": "Complex regional pain syndrome",
                "container": "BMJ",
                "volume": "351",
                "issue": "",
                "pages": "h2730",
                "doi": "10.1136/bmj.h2730",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "marinus2011",
                "authors": [
                    {"type": "person", "family_name": "Marinus", "given_names": "J"},
                    {"type": "person", "family_name": "Moseley", "given_names": "GL"},
                    {"type": "person", "family_name": "Birklein", "given_names": "F"},
                    {"type": "person", "family_name": "Baron", "given_names": "R"},
                    {"type": "person", "family_name": "Maihöfner", "given_names": "C"},
                    {"type": "person", "family_name": "Kingery", "given_names": "WS"},
                    {"type": "person", "family_name": "van Hilten", "given_names": "JJ"},
                ],
                "year": 2011,
                "title": "Clinical features and pathophysiology of complex regional pain syndrome",
                "container": "Lancet Neurol",
                "volume": "10",
                "issue": "7",
                "pages": "637-648",
                "doi": "10.1016/S1474-4422(11)70106-5",
                "pmid": "21683929",
                "url": "",
                "accessed": "",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "sdrc-fisioterapia-e-imagetica-motora-graduada",
        "title": "SDRC: fisioterapia e imagética motora graduada",
        "date": "2026-05-06",
        "intro": (
            "Movimentar um membro que dói parece contraintuitivo, mas a reabilitação ativa é central no "
            "cuidado da SDRC. Entenda o que é a imagética motora graduada, o que os estudos mostram e onde "
            "ainda há incerteza."
        ),
        "authors": ["rafael-nogueira", "helena-vasconcelos"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-05-13",
        "next_review_due": "2027-05-13",
        "conditions": ["crps"],
        "tags": ["fisioterapia", "tratamento", "dor crônica"],
        "image": {
            "title": "SDRC: reabilitação",
            "alt": (
                "Ilustração abstrata: degradê diagonal de roxo-acinzentado a rosa-pálido, cruzado por listras "
                "claras e suaves, evocando movimento gradual."
            ),
            "colors": ["#4a4e69", "#c9ada7"],
        },
        "disclaimer": "",
        "body": [
            (
                "paragraph",
                "<p>Na síndrome dolorosa regional complexa (SDRC), o membro afetado pode ficar tão sensível que "
                "até olhar para ele ou imaginar um movimento causa desconforto. É compreensível que a pessoa "
                "passe a protegê-lo. O problema é que o desuso prolongado tende a piorar a rigidez, a fraqueza "
                "e, em muitos casos, a própria dor.</p>",
            ),
            (
                "paragraph",
                "<p>Por isso, as abordagens atuais colocam a reabilitação funcional, com fisioterapia e terapia "
                "ocupacional, no centro do tratamento, muitas vezes ao lado do controle da dor e do apoio "
                "psicológico. Entre as técnicas estudadas, uma chama atenção por trabalhar com a forma como o "
                "cérebro representa o corpo: a imagética motora graduada.</p>",
            ),
            ("heading", {"text": "O que é a imagética motora graduada", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>A imagética motora graduada (IMG, ou GMI na sigla em inglês) é um programa em etapas que "
                "vai ativando as áreas do cérebro envolvidas no movimento sem exigir, de início, que o membro "
                "dolorido se mexa. A progressão costuma levar semanas e é feita com orientação profissional.</p>",
            ),
            (
                "key_points",
                {
                    "title": "As três etapas",
                    "items": [
                        {
                            "lead": "Reconhecimento de lateralidade",
                            "text": (
                                "A pessoa vê fotos de mãos ou pés em diferentes posições e identifica, o mais "
                                "rápido possível, se são do lado direito ou do esquerdo."
                            ),
                        },
                        {
                            "lead": "Movimentos imaginados",
                            "text": (
                                "Em seguida, imagina-se fazendo os movimentos mostrados nas imagens, sem executá-los."
                            ),
                        },
                        {
                            "lead": "Terapia do espelho",
                            "text": (
                                "Por fim, o membro afetado fica escondido atrás de um espelho, e a pessoa "
                                "movimenta o lado saudável olhando o reflexo, que dá a impressão de que o membro "
                                "dolorido se move sem dor."
                            ),
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "sdrc-espelho",
                    "alt_text": (
                        "Ilustração abstrata em degradê de lilás escuro a bege-claro, atravessada por listras "
                        "diagonais suaves que lembram um reflexo."
                    ),
                    "caption": (
                        "Na terapia do espelho, o reflexo do lado saudável oferece ao cérebro uma nova "
                        "informação sobre o lado afetado."
                    ),
                    "credit": "Ilustração: ZebraMedic",
                },
            ),
            ("heading", {"text": "Outras peças da reabilitação", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>A IMG raramente é usada sozinha. Programas de reabilitação para SDRC costumam incluir "
                "exposição gradual ao toque e a diferentes texturas, exercícios para recuperar amplitude e "
                "força, treino de tarefas do dia a dia e estratégias para lidar com o medo do movimento. O "
                "objetivo principal é recuperar a função; a redução da dor costuma vir junto, mas nem sempre no "
                "mesmo ritmo.</p>",
            ),
            ("heading", {"text": "Ritmo e paciência", "level": "h3", "anchor": ""}),
            (
                "paragraph",
                "<p>Cada etapa só avança quando a anterior é bem tolerada. Algumas pessoas sentem aumento "
                "temporário de dor ou de inchaço durante o programa; isso deve ser contado ao terapeuta, que "
                "pode ajustar o ritmo.</p>",
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Primeiro ensaio clínico",
                            "text": (
                                "Um ensaio clínico randomizado pequeno, com pessoas com SDRC tipo I de longa "
                                "duração, observou redução da dor e do inchaço após um programa de imagética "
                                "motora graduada, em comparação com o grupo controle."
                            ),
                            "citations": ["moseley2004"],
                        },
                        {
                            "label": "Revisão sistemática",
                            "text": (
                                "Uma revisão Cochrane sobre fisioterapia na SDRC encontrou evidências de "
                                "qualidade baixa ou muito baixa; a imagética motora graduada e a terapia do "
                                "espelho pareceram promissoras, mas os estudos eram pequenos e sujeitos a vieses."
                            ),
                            "citations": ["smart2016"],
                        },
                        {
                            "label": "Cuidado multidisciplinar",
                            "text": (
                                "Uma revisão clínica recomenda cuidado multidisciplinar centrado em terapias "
                                "funcionais e cita a fisioterapia e a terapia ocupacional, incluindo imagética "
                                "motora graduada e terapia do espelho, entre as intervenções com possível "
                                "benefício."
                            ),
                            "citations": ["bruehl2015"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>A imagética motora graduada parece simples, mas a ordem e o ritmo das etapas "
                        "importam: começar direto pelo espelho, por exemplo, pode aumentar a dor em algumas "
                        "pessoas. Aplicativos e vídeos podem servir de apoio, não de substitutos do "
                        "acompanhamento profissional.</p>"
                        "<p>Nenhuma técnica funciona para todos, e a pesquisa ainda tem limitações importantes. "
                        "Desconfie de promessas de cura rápida e não interrompa outros tratamentos sem conversar "
                        "com a equipe.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Busque reabilitação especializada",
                    "text": (
                        "Pergunte ao seu médico sobre encaminhamento para fisioterapeutas ou terapeutas "
                        "ocupacionais com experiência em SDRC e dor crônica. Um plano individual, revisto com "
                        "frequência, é mais seguro do que seguir protocolos genéricos."
                    ),
                    "button_label": "",
                    "url": "",
                },
            ),
        ],
        "references": [
            {
                "key": "moseley2004",
                "authors": [
                    {"type": "person", "family_name": "Moseley", "given_names": "GL"},
                ],
                "year": 2004,
                "title": (
                    "Graded motor imagery is effective for long-standing complex regional pain syndrome: a "
                    "randomised controlled trial"
                ),
                "container": "Pain",
                "volume": "108",
                "issue": "1-2",
                "pages": "192-198",
                "doi": "10.1016/j.pain.2004.01.006",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "smart2016",
                "authors": [
                    {"type": "person", "family_name": "Smart", "given_names": "KM"},
                    {"type": "person", "family_name": "Wand", "given_names": "BM"},
                    {"type": "person", "family_name": "O'Connell", "given_names": "NE"},
                ],
                "year": 2016,
                "title": (
                    "Physiotherapy for pain and disability in adults with complex regional pain syndrome (CRPS) "
                    "types I and II"
                ),
                "container": "Cochrane Database Syst Rev",
                "volume": "",
                "issue": "2",
                "pages": "CD010853",
                "doi": "10.1002/14651858.CD010853.pub2",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "bruehl2015",
                "authors": [
                    {"type": "person", "family_name": "Bruehl", "given_names": "S"},
                ],
                "year": 2015,
                "title": "Complex regional pain syndrome",
                "container": "BMJ",
                "volume": "351",
                "issue": "",
                "pages": "h2730",
                "doi": "10.1136/bmj.h2730",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "fibromialgia-como-funcionam-os-criterios-diagnosticos",
        "title": "Fibromialgia: como funcionam os critérios diagnósticos",
        "date": "2026-04-08",
        "intro": (
            "Os famosos “pontos dolorosos” já não são obrigatórios para diagnosticar fibromialgia. Veja como os "
            "critérios evoluíram, o que o médico avalia hoje e por que o diagnóstico não exclui outras doenças."
        ),
        "authors": ["helena-vasconcelos"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-04-15",
        "next_review_due": "2027-04-15",
        "conditions": ["fibromialgia"],
        "tags": ["diagnóstico", "dor crônica", "consulta médica"],
        "image": {
            "title": "Fibromialgia: critérios diagnósticos",
            "alt": (
                "Ilustração abstrata: degradê diagonal de roxo a salmão, cruzado por listras claras e suaves "
                "espalhadas por toda a imagem, como a dor generalizada."
            ),
            "colors": ["#5c3c92", "#f0b7a4"],
        },
        "disclaimer": "",
        "body": [
            (
                "paragraph",
                "<p>Durante muito tempo, diagnosticar fibromialgia dependia de pressionar pontos específicos do "
                "corpo e contar quantos doíam. O método ajudou a padronizar pesquisas, mas tinha limitações: era "
                "pouco usado fora dos consultórios de reumatologia, variava conforme a força aplicada por quem "
                "examinava e deixava de lado sintomas que pesam muito no dia a dia, como cansaço e sono não "
                "reparador.</p>",
            ),
            (
                "paragraph",
                "<p>A partir de 2010, os critérios passaram a valorizar a extensão da dor e a intensidade dos "
                "sintomas associados. A revisão de 2016 ajustou alguns detalhes e reforçou uma mensagem "
                "importante: a fibromialgia é um diagnóstico válido por si só, mesmo quando a pessoa tem outras "
                "doenças.</p>",
            ),
            ("heading", {"text": "O que o médico avalia", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Os critérios atuais combinam duas escalas preenchidas a partir da conversa com o paciente e "
                "algumas regras sobre a distribuição e a duração da dor.</p>",
            ),
            (
                "key_points",
                {
                    "title": "Os elementos principais",
                    "items": [
                        {
                            "lead": "Índice de dor generalizada",
                            "text": (
                                "Uma lista de 19 regiões do corpo em que a pessoa indica onde sentiu dor na "
                                "última semana."
                            ),
                        },
                        {
                            "lead": "Escala de gravidade dos sintomas",
                            "text": (
                                "Avalia fadiga, sono não reparador e dificuldades de memória e concentração, "
                                "além de dor de cabeça, dor ou cólicas na parte baixa do abdome e sintomas "
                                "depressivos nos últimos meses."
                            ),
                        },
                        {
                            "lead": "Dor realmente generalizada",
                            "text": (
                                "Pela revisão de 2016, a dor precisa aparecer em pelo menos quatro de cinco "
                                "grandes regiões do corpo, o que evita confundir dores regionais com "
                                "fibromialgia."
                            ),
                        },
                        {
                            "lead": "Duração",
                            "text": "Os sintomas devem estar presentes, em nível semelhante, há pelo menos três meses.",
                        },
                    ],
                },
            ),
            ("heading", {"text": "Um diagnóstico que convive com outros", "level": "h3", "anchor": ""}),
            (
                "paragraph",
                "<p>Antes, era comum tratar a fibromialgia como um diagnóstico de exclusão, dado apenas depois de "
                "descartar todo o resto. A revisão de 2016 deixou claro que ela pode coexistir com artrite, "
                "doenças autoimunes, problemas de coluna e outras condições. Isso não dispensa a investigação: "
                "exames continuam importantes para encontrar causas com tratamento específico, como alterações "
                "da tireoide ou doenças inflamatórias.</p>",
            ),
            ("heading", {"text": "A dor é real, mesmo com exames normais", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Exames de sangue e de imagem costumam ser normais na fibromialgia. Isso não quer dizer que a "
                "dor seja imaginária. Pesquisadores descrevem a condição como uma alteração no processamento da "
                "dor pelo sistema nervoso central, que passa a amplificar sinais que em outras pessoas não "
                "seriam dolorosos. Entender esse mecanismo ajuda a compreender por que abordagens que atuam no "
                "corpo todo, como atividade física, cuidado com o sono e manejo do estresse, têm papel "
                "central.</p>",
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Critérios de 2010",
                            "text": (
                                "Desenvolvidos em estudo multicêntrico com 829 pacientes já diagnosticados e "
                                "pessoas de controle, os critérios de 2010 dispensaram o exame de pontos "
                                "dolorosos e introduziram uma escala de gravidade dos sintomas."
                            ),
                            "citations": ["wolfe2010"],
                        },
                        {
                            "label": "Revisão de 2016",
                            "text": (
                                "A revisão passou a exigir dor generalizada em pelo menos quatro de cinco "
                                "regiões e estabeleceu que o diagnóstico de fibromialgia é válido "
                                "independentemente de outros diagnósticos, sem excluir doenças clinicamente "
                                "importantes."
                            ),
                            "citations": ["wolfe2016"],
                        },
                        {
                            "label": "Frequência e mecanismos",
                            "text": (
                                "Uma revisão clínica estima que a fibromialgia afete de 2% a 8% da população, "
                                "descreve a participação do sistema nervoso central na amplificação da dor e "
                                "destaca educação, exercício e terapia cognitivo-comportamental entre as "
                                "abordagens com respaldo."
                            ),
                            "citations": ["clauw2014"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>Questionários on-line baseados nos critérios podem ajudar a organizar a conversa com o "
                        "médico, mas não fazem diagnóstico: eles foram pensados para uso clínico, junto com a "
                        "história e o exame físico.</p>"
                        "<p>Febre, perda de peso sem explicação, inchaço nas articulações, fraqueza progressiva ou "
                        "alterações em exames não devem ser atribuídos automaticamente à fibromialgia e precisam "
                        "ser investigados.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Leve suas anotações para a consulta",
                    "text": (
                        "Um registro simples de onde dói, de como está o sono e do que piora ou alivia os "
                        "sintomas ajuda o reumatologista ou o clínico a aplicar os critérios com precisão. "
                        "Procure um profissional qualificado para uma avaliação completa."
                    ),
                    "button_label": "",
                    "url": "",
                },
            ),
        ],
        "references": [
            {
                "key": "wolfe2010",
                "authors": [
                    {"type": "person", "family_name": "Wolfe", "given_names": "F"},
                    {"type": "person", "family_name": "Clauw", "given_names": "DJ"},
                    {"type": "person", "family_name": "Fitzcharles", "given_names": "MA"},
                    {"type": "person", "family_name": "Goldenberg", "given_names": "DL"},
                    {"type": "person", "family_name": "Katz", "given_names": "RS"},
                    {"type": "person", "family_name": "Mease", "given_names": "P"},
                    {"type": "person", "family_name": "Russell", "given_names": "AS"},
                    {"type": "person", "family_name": "Russell", "given_names": "IJ"},
                    {"type": "person", "family_name": "Winfield", "given_names": "JB"},
                    {"type": "person", "family_name": "Yunus", "given_names": "MB"},
                ],
                "year": 2010,
                "title": (
                    "The American College of Rheumatology preliminary diagnostic criteria for fibromyalgia and "
                    "measurement of symptom severity"
                ),
                "container": "Arthritis Care Res (Hoboken)",
                "volume": "62",
                "issue": "5",
                "pages": "600-610",
                "doi": "10.1002/acr.20140",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "wolfe2016",
                "authors": [
                    {"type": "person", "family_name": "Wolfe", "given_names": "F"},
                    {"type": "person", "family_name": "Clauw", "given_names": "DJ"},
                    {"type": "person", "family_name": "Fitzcharles", "given_names": "MA"},
                    {"type": "person", "family_name": "Goldenberg", "given_names": "DL"},
                    {"type": "person", "family_name": "Häuser", "given_names": "W"},
                    {"type": "person", "family_name": "Katz", "given_names": "RL"},
                    {"type": "person", "family_name": "Mease", "given_names": "PJ"},
                    {"type": "person", "family_name": "Russell", "given_names": "AS"},
                    {"type": "person", "family_name": "Russell", "given_names": "IJ"},
                    {"type": "person", "family_name": "Walitt", "given_names": "B"},
                ],
                "year": 2016,
                "title": "2016 Revisions to the 2010/2011 fibromyalgia diagnostic criteria",
                "container": "Semin Arthritis Rheum",
                "volume": "46",
                "issue": "3",
                "pages": "319-329",
                "doi": "10.1016/j.semarthrit.2016.08.012",
                "pmid": "27916278",
                "url": "",
                "accessed": "",
            },
            {
                "key": "clauw2014",
                "authors": [
                    {"type": "person", "family_name": "Clauw", "given_names": "DJ"},
                ],
                "year": 2014,
                "title": "Fibromyalgia: a clinical review",
                "container": "JAMA",
                "volume": "311",
                "issue": "15",
                "pages": "1547-1555",
                "doi": "10.1001/jama.2014.3266",
                "pmid": "24737367",
                "url": "",
                "accessed": "",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "fibromialgia-exercicio-e-sono",
        "title": "Fibromialgia: exercício e sono como aliados",
        "date": "2026-07-15",
        "intro": (
            "O exercício físico é a recomendação com melhor respaldo no cuidado da fibromialgia, e o sono tem "
            "papel importante na dor. Saiba o que as diretrizes dizem e como começar com segurança."
        ),
        "authors": ["rafael-nogueira"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-07-22",
        "next_review_due": "2027-07-22",
        "conditions": ["fibromialgia"],
        "tags": ["exercício", "sono", "tratamento"],
        "image": {
            "title": "Fibromialgia: exercício e sono",
            "alt": (
                "Ilustração abstrata: degradê diagonal de verde-azulado a amarelo-mostarda, cruzado por listras "
                "claras e suaves, sugerindo energia e descanso."
            ),
            "colors": ["#2a9d8f", "#e9c46a"],
        },
        "disclaimer": "",
        "body": [
            (
                "paragraph",
                "<p>Para quem sente dor no corpo todo, ouvir “você precisa se exercitar” pode soar quase como "
                "uma provocação. Muitas pessoas com fibromialgia já tentaram, sentiram piora nos dias seguintes e "
                "desistiram. Ainda assim, a atividade física continua no topo das recomendações, e entender o "
                "porquê ajuda a encontrar um caminho possível.</p>",
            ),
            (
                "paragraph",
                "<p>O segredo raramente está em quanto exercício se faz, e sim em como começar e progredir. O "
                "sono entra nessa conversa porque dormir mal e sentir mais dor costumam andar juntos.</p>",
            ),
            ("heading", {"text": "Começar pequeno, progredir devagar", "level": "h2", "anchor": ""}),
            (
                "key_points",
                {
                    "title": "Princípios práticos",
                    "items": [
                        {
                            "lead": "Comece abaixo do que você acha que consegue",
                            "text": (
                                "Sessões curtas, como dez minutos de caminhada leve ou exercícios na água, "
                                "reduzem o risco de crise e ajudam a criar o hábito."
                            ),
                        },
                        {
                            "lead": "Aumente aos poucos",
                            "text": (
                                "Acrescente alguns minutos por semana e só avance quando o nível atual estiver "
                                "tolerável por vários dias."
                            ),
                        },
                        {
                            "lead": "Varie as modalidades",
                            "text": (
                                "Caminhada, bicicleta ergométrica, hidroginástica, fortalecimento leve e "
                                "práticas como tai chi podem ser combinadas conforme a preferência e o acesso."
                            ),
                        },
                        {
                            "lead": "Espere oscilações",
                            "text": (
                                "Um aumento leve e passageiro da dor no início é comum; dor intensa e "
                                "prolongada é sinal para ajustar o plano com o profissional."
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "O papel do sono", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>O sono não reparador, aquele em que a pessoa acorda cansada mesmo depois de muitas horas na "
                "cama, é uma das queixas mais frequentes na fibromialgia e faz parte dos próprios critérios "
                "diagnósticos. Estudos em laboratório mostram alterações na estrutura do sono dessas pessoas, "
                "embora não sejam exclusivas da condição.</p>",
            ),
            (
                "image",
                {
                    "image": "fibro-sono",
                    "alt_text": (
                        "Ilustração abstrata em degradê de azul-noite a amarelo suave, atravessada por listras "
                        "diagonais claras, como a passagem da noite para a manhã."
                    ),
                    "caption": "Dor e sono ruim costumam se alimentar mutuamente.",
                    "credit": "Ilustração: ZebraMedic",
                },
            ),
            ("heading", {"text": "Hábitos que favorecem o descanso", "level": "h3", "anchor": ""}),
            (
                "paragraph",
                "<p>Algumas medidas simples costumam ser sugeridas por profissionais de saúde:</p>"
                "<ul>"
                "<li>manter horários regulares para deitar e levantar, inclusive nos fins de semana;</li>"
                "<li>evitar cafeína no fim da tarde e refeições pesadas à noite;</li>"
                "<li>reduzir telas e luz forte na hora que antecede o sono;</li>"
                "<li>fazer atividade física preferencialmente longe do horário de dormir.</li>"
                "</ul>",
            ),
            (
                "paragraph",
                "<p>Quando as dificuldades persistem, vale investigar outros distúrbios do sono, como apneia ou "
                "síndrome das pernas inquietas, e perguntar sobre a terapia cognitivo-comportamental para "
                "insônia, uma abordagem sem medicamentos.</p>",
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Recomendação europeia",
                            "text": (
                                "As recomendações revisadas da EULAR, baseadas em revisões sistemáticas, "
                                "classificaram o exercício como a única terapia com recomendação forte a favor; "
                                "as demais receberam recomendação fraca e devem ser escolhidas conforme as "
                                "necessidades de cada pessoa."
                            ),
                            "citations": ["macfarlane2017"],
                        },
                        {
                            "label": "Exercício aeróbico",
                            "text": (
                                "Uma revisão Cochrane concluiu, com evidências de qualidade baixa a moderada, "
                                "que o exercício aeróbico provavelmente melhora a qualidade de vida e pode "
                                "reduzir um pouco a dor e melhorar um pouco a função física de adultos com "
                                "fibromialgia."
                            ),
                            "citations": ["bidonde2017"],
                        },
                        {
                            "label": "Sono e dor",
                            "text": (
                                "Uma revisão sobre sono e fibromialgia descreve menos sono de ondas lentas e "
                                "intrusões de ondas alfa, relata que a privação de sono em pessoas saudáveis "
                                "pode provocar sintomas parecidos com os da fibromialgia e sugere uma relação "
                                "de mão dupla entre sono ruim e dor."
                            ),
                            "citations": ["choy2015"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>Começar de forma intensa demais é uma das principais causas de abandono do exercício. "
                        "Pessoas com doenças do coração, dos pulmões ou das articulações devem ser avaliadas "
                        "antes de iniciar um programa.</p>"
                        "<p>Evite usar remédios para dormir por conta própria: alguns causam dependência, "
                        "sonolência durante o dia ou interagem com outros medicamentos. Ronco alto com pausas na "
                        "respiração merece investigação médica.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Planeje com quem entende",
                    "text": (
                        "Um fisioterapeuta ou profissional de educação física com experiência em dor crônica pode "
                        "montar um plano gradual, e seu médico pode avaliar problemas de sono que precisem de "
                        "tratamento específico. Converse com eles antes de mudar sua rotina."
                    ),
                    "button_label": "",
                    "url": "",
                },
            ),
        ],
        "references": [
            {
                "key": "macfarlane2017",
                "authors": [
                    {"type": "person", "family_name": "Macfarlane", "given_names": "GJ"},
                    {"type": "person", "family_name": "Kronisch", "given_names": "C"},
                    {"type": "person", "family_name": "Dean", "given_names": "LE"},
                    {"type": "person", "family_name": "Atzeni", "given_names": "F"},
                    {"type": "person", "family_name": "Häuser", "given_names": "W"},
                    {"type": "person", "family_name": "Fluß", "given_names": "E"},
                    {"type": "person", "family_name": "Choy", "given_names": "E"},
                    {"type": "person", "family_name": "Kosek", "given_names": "E"},
                    {"type": "person", "family_name": "Amris", "given_names": "K"},
                    {"type": "person", "family_name": "Branco", "given_names": "J"},
                    {"type": "person", "family_name": "Dincer", "given_names": "F"},
                    {"type": "person", "family_name": "Leino-Arjas", "given_names": "P"},
                    {"type": "person", "family_name": "Longley", "given_names": "K"},
                    {"type": "person", "family_name": "McCarthy", "given_names": "GM"},
                    {"type": "person", "family_name": "Makri", "given_names": "S"},
                    {"type": "person", "family_name": "Perrot", "given_names": "S"},
                    {"type": "person", "family_name": "Sarzi-Puttini", "given_names": "P"},
                    {"type": "person", "family_name": "Taylor", "given_names": "A"},
                    {"type": "person", "family_name": "Jones", "given_names": "GT"},
                ],
                "year": 2017,
                "title": "EULAR revised recommendations for the management of fibromyalgia",
                "container": "Ann Rheum Dis",
                "volume": "76",
                "issue": "2",
                "pages": "318-328",
                "doi": "10.1136/annrheumdis-2016-209724",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "bidonde2017",
                "authors": [
                    {"type": "person", "family_name": "Bidonde", "given_names": "J"},
                    {"type": "person", "family_name": "Busch", "given_names": "AJ"},
                    {"type": "person", "family_name": "Schachter", "given_names": "CL"},
                    {"type": "person", "family_name": "Overend", "given_names": "TJ"},
                    {"type": "person", "family_name": "Kim", "given_names": "SY"},
                    {"type": "person", "family_name": "Góes", "given_names": "SM"},
                    {"type": "person", "family_name": "Boden", "given_names": "C"},
                    {"type": "person", "family_name": "Foulds", "given_names": "HJA"},
                ],
                "year": 2017,
                "title": "Aerobic exercise training for adults with fibromyalgia",
                "container": "Cochrane Database Syst Rev",
                "volume": "",
                "issue": "6",
                "pages": "CD012700",
                "doi": "10.1002/14651858.CD012700",
                "pmid": "28636204",
                "url": "",
                "accessed": "",
            },
            {
                "key": "choy2015",
                "authors": [
                    {"type": "person", "family_name": "Choy", "given_names": "EH"},
                ],
                "year": 2015,
                "title": "The role of sleep in pain and fibromyalgia",
                "container": "Nat Rev Rheumatol",
                "volume": "11",
                "issue": "9",
                "pages": "513-520",
                "doi": "10.1038/nrrheum.2015.56",
                "pmid": "25907704",
                "url": "",
                "accessed": "",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "dor-neuropatica-o-que-se-sabe-sobre-os-tratamentos",
        "title": "Dor neuropática: o que se sabe sobre os tratamentos",
        "date": "2026-06-10",
        "intro": (
            "A dor neuropática responde de forma diferente aos analgésicos comuns. Conheça as opções mais "
            "estudadas, o que significam os números das pesquisas e por que expectativas realistas fazem parte "
            "do tratamento."
        ),
        "authors": ["helena-vasconcelos"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-06-17",
        "next_review_due": "2027-06-17",
        "conditions": ["dor-neuropatica"],
        "tags": ["tratamento", "dor crônica", "pesquisa"],
        "image": {
            "title": "Dor neuropática: tratamentos",
            "alt": (
                "Ilustração abstrata: degradê diagonal de azul-petróleo escuro a coral, cruzado por listras "
                "claras e suaves, como sinais percorrendo um nervo."
            ),
            "colors": ["#264653", "#e76f51"],
        },
        "disclaimer": (
            "Este artigo cita classes de medicamentos apenas para fins educativos. Ele não indica doses nem "
            "substitui a prescrição: nunca inicie, interrompa ou troque um remédio sem orientação do médico que "
            "acompanha você."
        ),
        "body": [
            (
                "paragraph",
                "<p>Queimação, choques, formigamento, dor ao simples toque da roupa: essas descrições são típicas "
                "da dor neuropática, causada por lesão ou doença do sistema nervoso que processa as sensações do "
                "corpo. Ela pode aparecer no diabetes, depois de um herpes-zóster, após lesões de nervos ou da "
                "medula, em algumas doenças neurológicas e em outras situações.</p>",
            ),
            (
                "paragraph",
                "<p>Um ponto costuma surpreender: anti-inflamatórios e analgésicos comuns geralmente ajudam pouco "
                "nesse tipo de dor. Os medicamentos mais estudados vêm de outras classes, e o tratamento "
                "funciona melhor quando inclui também a causa de base e abordagens não medicamentosas.</p>",
            ),
            ("heading", {"text": "Primeiro, a causa", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Sempre que possível, o cuidado começa pelo que está lesando o nervo: controlar a glicemia no "
                "diabetes, rever um medicamento que cause neuropatia, tratar uma compressão. Isso nem sempre "
                "elimina a dor, mas pode evitar que ela piore.</p>",
            ),
            ("heading", {"text": "As opções mais estudadas", "level": "h2", "anchor": ""}),
            (
                "key_points",
                {
                    "title": "Classes com mais pesquisa",
                    "items": [
                        {
                            "lead": "Alguns antidepressivos",
                            "text": (
                                "Certos antidepressivos tricíclicos e os inibidores da recaptação de serotonina "
                                "e noradrenalina são usados pelo efeito sobre as vias que controlam a dor, "
                                "haja ou não depressão."
                            ),
                        },
                        {
                            "lead": "Gabapentinoides",
                            "text": (
                                "Medicamentos dessa classe reduzem a hiperexcitabilidade dos nervos e estão entre "
                                "as opções iniciais de várias diretrizes."
                            ),
                        },
                        {
                            "lead": "Tratamentos locais",
                            "text": (
                                "Para dor restrita a uma área pequena, adesivos ou cremes aplicados na pele podem "
                                "ser considerados, com menos efeitos no corpo todo."
                            ),
                        },
                        {
                            "lead": "Opioides, com muita cautela",
                            "text": (
                                "Quando usados, costumam ficar para situações específicas e por tempo limitado, "
                                "pelo risco de efeitos adversos e de dependência."
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Como ler os números: o NNT", "level": "h3", "anchor": ""}),
            (
                "paragraph",
                "<p>Muitas pesquisas informam o <b>número necessário para tratar</b> (NNT): quantas pessoas "
                "precisam usar o tratamento para que uma a mais tenha alívio importante, em geral redução de pelo "
                "menos metade da dor, em comparação com o placebo. Um NNT de 4 significa que, a cada quatro "
                "pessoas tratadas, uma se beneficia além do que aconteceria com placebo. Na dor neuropática, os "
                "NNTs das opções mais usadas ficam aproximadamente entre 3 e 8: benefícios reais, porém "
                "modestos e diferentes de pessoa para pessoa.</p>",
            ),
            ("heading", {"text": "Além dos remédios", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Fisioterapia, atividade física adaptada, técnicas psicológicas para lidar com a dor crônica "
                "e cuidados com o sono fazem parte de um plano mais completo. Em casos selecionados e difíceis, "
                "centros especializados podem discutir procedimentos como a neuromodulação.</p>",
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Revisão de 229 estudos",
                            "text": (
                                "Uma revisão sistemática com metanálise encontrou efeitos geralmente modestos, "
                                "com NNT de cerca de 3,6 para antidepressivos tricíclicos, 6,4 para inibidores "
                                "da recaptação de serotonina e noradrenalina, 7,2 para gabapentina e 7,7 para "
                                "pregabalina, e recomendou essas classes como primeira linha."
                            ),
                            "citations": ["finnerup2015"],
                        },
                        {
                            "label": "Viés de publicação",
                            "text": (
                                "A mesma análise estimou que o viés de publicação superestima os efeitos dos "
                                "tratamentos em cerca de 10% e que estudos publicados em revistas relatavam "
                                "efeitos maiores do que os não publicados."
                            ),
                            "citations": ["finnerup2015"],
                        },
                        {
                            "label": "Diretriz para a atenção não especializada",
                            "text": (
                                "A diretriz britânica recomenda oferecer, como tratamento inicial da maioria das "
                                "dores neuropáticas (exceto a neuralgia do trigêmeo), a escolha entre "
                                "amitriptilina, duloxetina, gabapentina ou pregabalina, trocando de opção se não "
                                "houver benefício ou se houver má tolerância."
                            ),
                            "citations": ["nice2013"],
                        },
                        {
                            "label": "Panorama da condição",
                            "text": (
                                "Uma revisão ampla estima que a dor neuropática afete de 7% a 10% da população "
                                "geral e ressalta a necessidade de abordagem multidisciplinar."
                            ),
                            "citations": ["colloca2017"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>Os medicamentos usados na dor neuropática podem causar sonolência, tontura, ganho de "
                        "peso, boca seca, alterações de humor e interações com outros remédios. Em pessoas "
                        "idosas, aumentam o risco de quedas. Alguns não devem ser suspensos de forma "
                        "abrupta.</p>"
                        "<p>Gestantes, pessoas com doenças do coração, do fígado ou dos rins e quem usa vários "
                        "medicamentos precisam de avaliação individual. Relate ao médico qualquer efeito "
                        "inesperado.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Construa o plano com seu médico",
                    "text": (
                        "O tratamento da dor neuropática costuma exigir ajustes ao longo do tempo. Um "
                        "neurologista, um especialista em dor ou o seu médico de referência pode ajudar a definir "
                        "metas realistas e a acompanhar benefícios e efeitos adversos."
                    ),
                    "button_label": "",
                    "url": "",
                },
            ),
        ],
        "references": [
            {
                "key": "finnerup2015",
                "authors": [
                    {"type": "person", "family_name": "Finnerup", "given_names": "NB"},
                    {"type": "person", "family_name": "Attal", "given_names": "N"},
                    {"type": "person", "family_name": "Haroutounian", "given_names": "S"},
                    {"type": "person", "family_name": "McNicol", "given_names": "E"},
                    {"type": "person", "family_name": "Baron", "given_names": "R"},
                    {"type": "person", "family_name": "Dworkin", "given_names": "RH"},
                    {"type": "person", "family_name": "Gilron", "given_names": "I"},
                    {"type": "person", "family_name": "Haanpää", "given_names": "M"},
                    {"type": "person", "family_name": "Hansson", "given_names": "P"},
                    {"type": "person", "family_name": "Jensen", "given_names": "TS"},
                    {"type": "person", "family_name": "Kamerman", "given_names": "PR"},
                    {"type": "person", "family_name": "Lund", "given_names": "K"},
                    {"type": "person", "family_name": "Moore", "given_names": "A"},
                    {"type": "person", "family_name": "Raja", "given_names": "SN"},
                    {"type": "person", "family_name": "Rice", "given_names": "ASC"},
                    {"type": "person", "family_name": "Rowbotham", "given_names": "M"},
                    {"type": "person", "family_name": "Sena", "given_names": "E"},
                    {"type": "person", "family_name": "Siddall", "given_names": "P"},
                    {"type": "person", "family_name": "Smith", "given_names": "BH"},
                    {"type": "person", "family_name": "Wallace", "given_names": "M"},
                ],
                "year": 2015,
                "title": "Pharmacotherapy for neuropathic pain in adults: a systematic review and meta-analysis",
                "container": "Lancet Neurol",
                "volume": "14",
                "issue": "2",
                "pages": "162-173",
                "doi": "10.1016/S1474-4422(14)70251-0",
                "pmid": "25575710",
                "url": "",
                "accessed": "",
            },
            {
                "key": "nice2013",
                "authors": [
                    {"type": "group", "name": "National Institute for Health and Care Excellence"},
                ],
                "year": 2013,
                "title": "Neuropathic pain in adults: pharmacological management in non-specialist settings (CG173)",
                "container": "NICE clinical guideline",
                "volume": "",
                "issue": "",
                "pages": "",
                "doi": "",
                "pmid": "",
                "url": "https://www.nice.org.uk/guidance/cg173",
                "accessed": "",
            },
            {
                "key": "colloca2017",
                "authors": [
                    {"type": "person", "family_name": "Colloca", "given_names": "L"},
                    {"type": "person", "family_name": "Ludman", "given_names": "T"},
                    {"type": "person", "family_name": "Bouhassira", "given_names": "D"},
                    {"type": "person", "family_name": "Baron", "given_names": "R"},
                    {"type": "person", "family_name": "Dickenson", "given_names": "AH"},
                    {"type": "person", "family_name": "Yarnitsky", "given_names": "D"},
                    {"type": "person", "family_name": "Freeman", "given_names": "R"},
                    {"type": "person", "family_name": "Truini", "given_names": "A"},
                    {"type": "person", "family_name": "Attal", "given_names": "N"},
                    {"type": "person", "family_name": "Finnerup", "given_names": "NB"},
                    {"type": "person", "family_name": "Eccleston", "given_names": "C"},
                    {"type": "person", "family_name": "Kalso", "given_names": "E"},
                    {"type": "person", "family_name": "Bennett", "given_names": "DL"},
                    {"type": "person", "family_name": "Dworkin", "given_names": "RH"},
                    {"type": "person", "family_name": "Raja", "given_names": "SN"},
                ],
                "year": 2017,
                "title": "Neuropathic pain",
                "container": "Nat Rev Dis Primers",
                "volume": "3",
                "issue": "",
                "pages": "17002",
                "doi": "10.1038/nrdp.2017.2",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "neuropatia-de-fibras-finas-sintomas-e-exames",
        "title": "Neuropatia de fibras finas: sintomas e exames",
        "date": "2026-08-19",
        "intro": (
            "Queimação nos pés com eletroneuromiografia normal? A neuropatia de fibras finas afeta nervos que "
            "os exames de rotina não enxergam. Entenda os sintomas, os exames usados e a relação, ainda em "
            "estudo, com a fibromialgia."
        ),
        "authors": ["helena-vasconcelos", "rafael-nogueira"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-08-26",
        "next_review_due": "2027-08-26",
        "conditions": ["dor-neuropatica", "fibromialgia"],
        "tags": ["diagnóstico", "pesquisa", "dor crônica"],
        "image": {
            "title": "Neuropatia de fibras finas",
            "alt": (
                "Ilustração abstrata: degradê diagonal de roxo a verde-limão, cruzado por listras claras, finas "
                "e suaves, como fibras nervosas."
            ),
            "colors": ["#6a4c93", "#8ac926"],
        },
        "disclaimer": "",
        "body": [
            (
                "paragraph",
                "<p>Nem todas as fibras nervosas são iguais. As mais grossas conduzem informações sobre tato "
                "fino, vibração e posição das articulações, e comandam os músculos. As mais finas, chamadas "
                "fibras A-delta e C, levam sinais de dor e temperatura e participam do controle automático de "
                "funções como suor, pressão arterial e intestino. Quando são essas que adoecem, fala-se em "
                "neuropatia de fibras finas.</p>",
            ),
            (
                "paragraph",
                "<p>O quadro costuma confundir porque a eletroneuromiografia, o exame mais conhecido para "
                "investigar nervos, avalia principalmente as fibras grossas. Assim, uma pessoa pode ter sintomas "
                "claros e um resultado “normal”.</p>",
            ),
            ("heading", {"text": "Sintomas mais comuns", "level": "h2", "anchor": ""}),
            (
                "key_points",
                {
                    "title": "Fique atento a",
                    "items": [
                        {
                            "lead": "Dor em queimação ou choques",
                            "text": (
                                "Muitas vezes começa nos pés e pode subir pelas pernas ou atingir as mãos, num "
                                "padrão chamado dependente do comprimento do nervo."
                            ),
                        },
                        {
                            "lead": "Sensibilidade ao toque",
                            "text": (
                                "Lençóis, meias ou o vento podem incomodar; ao mesmo tempo, pode haver menor "
                                "percepção de calor e frio."
                            ),
                        },
                        {
                            "lead": "Sinais autonômicos",
                            "text": (
                                "Alterações no suor, olhos ou boca secos, tontura ao levantar, palpitações e "
                                "mudanças no funcionamento do intestino ou da bexiga."
                            ),
                        },
                        {
                            "lead": "Exame neurológico pouco alterado",
                            "text": (
                                "Força e reflexos costumam estar preservados, o que reforça a importância de "
                                "exames específicos."
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Como se investiga", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>O diagnóstico combina a avaliação clínica com exames voltados às fibras finas:</p>"
                "<ul>"
                "<li><b>biópsia de pele</b>: um pequeno fragmento, em geral retirado da perna, permite contar as "
                "fibras nervosas que chegam à pele;</li>"
                "<li><b>testes sensitivos quantitativos</b>: medem com precisão os limiares para calor, frio e "
                "dor;</li>"
                "<li><b>testes autonômicos</b>: avaliam funções como o suor e as respostas da frequência "
                "cardíaca e da pressão.</li>"
                "</ul>",
            ),
            ("heading", {"text": "Em busca da causa", "level": "h3", "anchor": ""}),
            (
                "paragraph",
                "<p>Diabetes e pré-diabetes estão entre as causas mais conhecidas, ao lado de doenças "
                "autoimunes, deficiências nutricionais, infecções, alguns medicamentos e causas genéticas raras. "
                "Mesmo após uma investigação ampla, parte importante dos casos fica sem causa identificada, o que "
                "não impede o tratamento dos sintomas.</p>",
            ),
            ("heading", {"text": "E a fibromialgia?", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Estudos encontraram redução de fibras finas na pele de parte das pessoas com fibromialgia. O "
                "achado é interessante, mas ainda não está claro o que ele significa: pode refletir um subgrupo "
                "com mecanismos diferentes, e não quer dizer que fibromialgia e neuropatia de fibras finas sejam "
                "a mesma coisa.</p>",
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Critérios diagnósticos",
                            "text": (
                                "Em pacientes com neuropatia sensitiva, um padrão de referência baseado em pelo "
                                "menos duas alterações entre exame clínico, testes sensitivos quantitativos e "
                                "biópsia de pele identificou 67 casos de neuropatia pura de fibras finas; a "
                                "biópsia teve eficiência diagnóstica de cerca de 88%."
                            ),
                            "citations": ["devigili2008"],
                        },
                        {
                            "label": "Biópsia de pele",
                            "text": (
                                "Uma diretriz de sociedades europeias de neurologia e de nervos periféricos "
                                "considera confiável a biópsia de pele da perna com contagem da densidade de "
                                "fibras intraepidérmicas, desde que comparada a valores de referência ajustados "
                                "para a idade."
                            ),
                            "citations": ["lauria2010"],
                        },
                        {
                            "label": "Causas",
                            "text": (
                                "Uma revisão estima que a causa permaneça desconhecida em até metade dos casos e "
                                "descreve a apresentação típica como simétrica e dependente do comprimento do "
                                "nervo, com formas focais mais raras."
                            ),
                            "citations": ["terkelsen2017"],
                        },
                        {
                            "label": "Relação com a fibromialgia",
                            "text": (
                                "Uma metanálise de 20 estudos, com 903 pacientes com fibromialgia, estimou em "
                                "cerca de 49% a frequência de comprometimento somático de fibras finas, com "
                                "grande variação entre os estudos."
                            ),
                            "citations": ["galosi2022"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>A biópsia de pele é um procedimento pequeno, mas pode causar sangramento, infecção "
                        "local ou uma cicatriz discreta. Os resultados dependem da técnica e dos valores de "
                        "referência do laboratório, e um resultado alterado isolado precisa ser interpretado "
                        "junto com o quadro clínico.</p>"
                        "<p>Fraqueza que piora, perda de equilíbrio, feridas nos pés que não cicatrizam ou "
                        "desmaios merecem avaliação médica rápida.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Procure um neurologista",
                    "text": (
                        "Se você tem sintomas compatíveis, um neurologista pode indicar os exames adequados e "
                        "investigar causas tratáveis. Leve a lista dos medicamentos que usa e os resultados de "
                        "exames anteriores."
                    ),
                    "button_label": "",
                    "url": "",
                },
            ),
        ],
        "references": [
            {
                "key": "devigili2008",
                "authors": [
                    {"type": "person", "family_name": "Devigili", "given_names": "G"},
                    {"type": "person", "family_name": "Tugnoli", "given_names": "V"},
                    {"type": "person", "family_name": "Penza", "given_names": "P"},
                    {"type": "person", "family_name": "Camozzi", "given_names": "F"},
                    {"type": "person", "family_name": "Lombardi", "given_names": "R"},
                    {"type": "person", "family_name": "Melli", "given_names": "G"},
                    {"type": "person", "family_name": "Broglio", "given_names": "L"},
                    {"type": "person", "family_name": "Granieri", "given_names": "E"},
                    {"type": "person", "family_name": "Lauria", "given_names": "G"},
                ],
                "year": 2008,
                "title": "The diagnostic criteria for small fibre neuropathy: from symptoms to neuropathology",
                "container": "Brain",
                "volume": "131",
                "issue": "7",
                "pages": "1912-1925",
                "doi": "10.1093/brain/awn093",
                "pmid": "18524793",
                "url": "",
                "accessed": "",
            },
            {
                "key": "lauria2010",
                "authors": [
                    {"type": "person", "family_name": "Lauria", "given_names": "G"},
                    {"type": "person", "family_name": "Hsieh", "given_names": "ST"},
                    {"type": "person", "family_name": "Johansson", "given_names": "O"},
                    {"type": "person", "family_name": "Kennedy", "given_names": "WR"},
                    {"type": "person", "family_name": "Leger", "given_names": "JM"},
                    {"type": "person", "family_name": "Mellgren", "given_names": "SI"},
                    {"type": "person", "family_name": "Nolano", "given_names": "M"},
                    {"type": "person", "family_name": "Merkies", "given_names": "ISJ"},
                    {"type": "person", "family_name": "Polydefkis", "given_names": "M"},
                    {"type": "person", "family_name": "Smith", "given_names": "AG"},
                    {"type": "person", "family_name": "Sommer", "given_names": "C"},
                    {"type": "person", "family_name": "Valls-Solé", "given_names": "J"},
                    {"type": "group", "name": "European Federation of Neurological Societies"},
                    {"type": "group", "name": "Peripheral Nerve Society"},
                ],
                "year": 2010,
                "title": (
                    "European Federation of Neurological Societies/Peripheral Nerve Society Guideline on the use "
                    "of skin biopsy in the diagnosis of small fiber neuropathy. Report of a joint task force of "
                    "the European Federation of Neurological Societies and the Peripheral Nerve Society"
                ),
                "container": "Eur J Neurol",
                "volume": "17",
                "issue": "7",
                "pages": "903-912",
                "doi": "10.1111/j.1468-1331.2010.03023.x",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "terkelsen2017",
                "authors": [
                    {"type": "person", "family_name": "Terkelsen", "given_names": "AJ"},
                    {"type": "person", "family_name": "Karlsson", "given_names": "P"},
                    {"type": "person", "family_name": "Lauria", "given_names": "G"},
                    {"type": "person", "family_name": "Freeman", "given_names": "R"},
                    {"type": "person", "family_name": "Finnerup", "given_names": "NB"},
                    {"type": "person", "family_name": "Jensen", "given_names": "TS"},
                ],
                "year": 2017,
                "title": (
                    "The diagnostic challenge of small fibre neuropathy: clinical presentations, evaluations, "
                    "and causes"
                ),
                "container": "Lancet Neurol",
                "volume": "16",
                "issue": "11",
                "pages": "934-944",
                "doi": "10.1016/S1474-4422(17)30329-0",
                "pmid": "29029847",
                "url": "",
                "accessed": "",
            },
            {
                "key": "galosi2022",
                "authors": [
                    {"type": "person", "family_name": "Galosi", "given_names": "E"},
                    {"type": "person", "family_name": "Truini", "given_names": "A"},
                    {"type": "person", "family_name": "Di Stefano", "given_names": "G"},
                ],
                "year": 2022,
                "title": (
                    "A systematic review and meta-analysis of the prevalence of small fibre impairment in "
                    "patients with fibromyalgia"
                ),
                "container": "Diagnostics (Basel)",
                "volume": "12",
                "issue": "5",
                "pages": "1135",
                "doi": "10.3390/diagnostics12051135",
                "pmid": "35626288",
                "url": "",
                "accessed": "",
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "como-ler-um-estudo-e-preparar-a-consulta",
        "title": "Como ler um estudo sobre dor e se preparar para a consulta",
        "date": "2026-10-14",
        "intro": (
            "Manchetes sobre “novo tratamento para a dor” aparecem toda semana. Aprenda a fazer perguntas "
            "simples sobre qualquer estudo e a organizar suas dúvidas para aproveitar melhor o tempo com o "
            "especialista."
        ),
        "authors": ["helena-vasconcelos"],
        "reviewer": REVIEWER,
        "last_reviewed": "2026-10-21",
        "next_review_due": "2027-10-21",
        "conditions": ["fibromialgia", "dor-neuropatica"],
        "tags": ["pesquisa", "consulta médica", "qualidade de vida"],
        "image": {
            "title": "Como ler um estudo",
            "alt": (
                "Ilustração abstrata: degradê diagonal de azul-marinho a laranja-dourado, cruzado por listras "
                "claras e suaves, como páginas sendo folheadas."
            ),
            "colors": ["#14213d", "#fca311"],
        },
        "disclaimer": "",
        "body": [
            (
                "paragraph",
                "<p>Quem convive com dor crônica costuma pesquisar muito. É natural: quando o tratamento é "
                "difícil, qualquer notícia de avanço acende a esperança. Mas nem toda pesquisa tem o mesmo peso, "
                "e resultados preliminares muitas vezes chegam às redes sociais como se fossem definitivos.</p>",
            ),
            (
                "paragraph",
                "<p>Não é preciso ser cientista para fazer boas perguntas. Alguns critérios simples ajudam a "
                "separar o que é promissor do que já é recomendável, e a levar essas dúvidas de forma produtiva "
                "para a consulta.</p>",
            ),
            ("heading", {"text": "Cinco perguntas para qualquer estudo", "level": "h2", "anchor": ""}),
            (
                "key_points",
                {
                    "title": "Antes de se animar (ou de se assustar), pergunte",
                    "items": [
                        {
                            "lead": "Quem participou?",
                            "text": (
                                "Estudos com poucas pessoas, ou com um perfil muito diferente do seu, dizem menos "
                                "sobre o seu caso."
                            ),
                        },
                        {
                            "lead": "Houve comparação justa?",
                            "text": (
                                "Ensaios clínicos randomizados, que comparam o tratamento com placebo ou com "
                                "outra opção, são mais confiáveis do que relatos sem grupo de comparação."
                            ),
                        },
                        {
                            "lead": "O que foi medido?",
                            "text": (
                                "Redução da dor, melhora da função e qualidade de vida são desfechos diferentes; "
                                "um exame de laboratório que melhora nem sempre significa que a pessoa se sente "
                                "melhor."
                            ),
                        },
                        {
                            "lead": "Qual o tamanho do efeito?",
                            "text": (
                                "Uma redução “de 50% no risco” pode representar uma diferença pequena em números "
                                "absolutos. Procure saber quantas pessoas de fato se beneficiaram."
                            ),
                        },
                        {
                            "lead": "É um estudo isolado?",
                            "text": (
                                "Revisões sistemáticas e diretrizes reúnem vários estudos e costumam ser mais "
                                "seguras do que um resultado único."
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Por que o placebo importa", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Em pesquisas sobre dor, o grupo que recebe placebo muitas vezes também melhora. Parte dessa "
                "melhora vem da evolução natural dos sintomas, da atenção recebida e das expectativas. Por isso, "
                "um tratamento só mostra valor quando supera o que acontece no grupo de comparação, e estudos "
                "sem esse grupo tendem a superestimar benefícios.</p>",
            ),
            (
                "heading",
                {"text": "Nem tudo o que é publicado conta a história inteira", "level": "h3", "anchor": ""},
            ),
            (
                "paragraph",
                "<p>Estudos com resultados positivos têm mais chance de ser publicados do que os negativos. Esse "
                "<b>viés de publicação</b> pode fazer um tratamento parecer melhor do que é. Diretrizes bem "
                "feitas tentam corrigir isso avaliando a qualidade do conjunto das evidências, e não apenas o "
                "número de estudos favoráveis.</p>",
            ),
            ("heading", {"text": "Preparando a consulta", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>Uma consulta costuma ser curta, e a dor crônica tem muitas dimensões. Chegar organizado "
                "ajuda:</p>"
                "<ul>"
                "<li>registre, por uma ou duas semanas, a intensidade da dor, o sono, as atividades e o que "
                "piorou ou aliviou;</li>"
                "<li>leve a lista de todos os medicamentos e suplementos, com os horários;</li>"
                "<li>escreva suas três perguntas mais importantes e comece por elas;</li>"
                "<li>se leu um estudo, leve a referência e pergunte como ele se aplica ao seu caso.</li>"
                "</ul>",
            ),
            (
                "research_findings",
                {
                    "title": "O que a pesquisa diz",
                    "findings": [
                        {
                            "label": "Qualidade da evidência",
                            "text": (
                                "O sistema GRADE propõe classificar separadamente a qualidade das evidências e a "
                                "força das recomendações: evidência de alta qualidade, com equilíbrio claro entre "
                                "benefícios e danos, justifica recomendação forte; a incerteza justifica "
                                "recomendação fraca."
                            ),
                            "citations": ["guyatt2008"],
                        },
                        {
                            "label": "Placebo versus nenhum tratamento",
                            "text": (
                                "Uma revisão de ensaios que compararam placebo com ausência de tratamento "
                                "encontrou pouca evidência de efeitos clínicos poderosos do placebo em geral, "
                                "mas possíveis benefícios pequenos em desfechos subjetivos e no tratamento da "
                                "dor, com sinais de viés nos estudos menores."
                            ),
                            "citations": ["hrobjartsson2001"],
                        },
                        {
                            "label": "Viés de publicação na prática",
                            "text": (
                                "Na dor neuropática, uma grande metanálise estimou que o viés de publicação "
                                "superestimava os efeitos dos tratamentos em cerca de 10%."
                            ),
                            "citations": ["finnerup2015"],
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "risks",
                    "title": "Considerações e riscos",
                    "text": (
                        "<p>Mudar ou interromper um tratamento por causa de uma notícia pode trazer riscos, "
                        "inclusive sintomas de retirada. Produtos vendidos como “cura natural” também podem "
                        "causar efeitos adversos e interagir com medicamentos.</p>"
                        "<p>Desconfie de promessas de cura garantida, de depoimentos usados como prova e de "
                        "tratamentos caros que não informam de onde vêm os dados.</p>"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Leve suas perguntas ao especialista",
                    "text": (
                        "Use este roteiro na próxima consulta e peça ao seu médico que explique como as "
                        "evidências se aplicam à sua situação. A decisão sobre qualquer tratamento deve ser "
                        "tomada junto com um profissional qualificado."
                    ),
                    "button_label": "",
                    "url": "",
                },
            ),
        ],
        "references": [
            {
                "key": "guyatt2008",
                "authors": [
                    {"type": "person", "family_name": "Guyatt", "given_names": "GH"},
                    {"type": "person", "family_name": "Oxman", "given_names": "AD"},
                    {"type": "person", "family_name": "Vist", "given_names": "GE"},
                    {"type": "person", "family_name": "Kunz", "given_names": "R"},
                    {"type": "person", "family_name": "Falck-Ytter", "given_names": "Y"},
                    {"type": "person", "family_name": "Alonso-Coello", "given_names": "P"},
                    {"type": "person", "family_name": "Schünemann", "given_names": "HJ"},
                    {"type": "group", "name": "GRADE Working Group"},
                ],
                "year": 2008,
                "title": ("GRADE: an emerging consensus on rating quality of evidence and strength of recommendations"),
                "container": "BMJ",
                "volume": "336",
                "issue": "7650",
                "pages": "924-926",
                "doi": "10.1136/bmj.39489.470347.AD",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "hrobjartsson2001",
                "authors": [
                    {"type": "person", "family_name": "Hróbjartsson", "given_names": "A"},
                    {"type": "person", "family_name": "Gøtzsche", "given_names": "PC"},
                ],
                "year": 2001,
                "title": (
                    "Is the placebo powerless? An analysis of clinical trials comparing placebo with no treatment"
                ),
                "container": "N Engl J Med",
                "volume": "344",
                "issue": "21",
                "pages": "1594-1602",
                "doi": "10.1056/NEJM200105243442106",
                "pmid": "",
                "url": "",
                "accessed": "",
            },
            {
                "key": "finnerup2015",
                "authors": [
                    {"type": "person", "family_name": "Finnerup", "given_names": "NB"},
                    {"type": "person", "family_name": "Attal", "given_names": "N"},
                    {"type": "person", "family_name": "Haroutounian", "given_names": "S"},
                    {"type": "person", "family_name": "McNicol", "given_names": "E"},
                    {"type": "person", "family_name": "Baron", "given_names": "R"},
                    {"type": "person", "family_name": "Dworkin", "given_names": "RH"},
                    {"type": "person", "family_name": "Gilron", "given_names": "I"},
                    {"type": "person", "family_name": "Haanpää", "given_names": "M"},
                    {"type": "person", "family_name": "Hansson", "given_names": "P"},
                    {"type": "person", "family_name": "Jensen", "given_names": "TS"},
                    {"type": "person", "family_name": "Kamerman", "given_names": "PR"},
                    {"type": "person", "family_name": "Lund", "given_names": "K"},
                    {"type": "person", "family_name": "Moore", "given_names": "A"},
                    {"type": "person", "family_name": "Raja", "given_names": "SN"},
                    {"type": "person", "family_name": "Rice", "given_names": "ASC"},
                    {"type": "person", "family_name": "Rowbotham", "given_names": "M"},
                    {"type": "person", "family_name": "Sena", "given_names": "E"},
                    {"type": "person", "family_name": "Siddall", "given_names": "P"},
                    {"type": "person", "family_name": "Smith", "given_names": "BH"},
                    {"type": "person", "family_name": "Wallace", "given_names": "M"},
                ],
                "year": 2015,
                "title": "Pharmacotherapy for neuropathic pain in adults: a systematic review and meta-analysis",
                "container": "Lancet Neurol",
                "volume": "14",
                "issue": "2",
                "pages": "162-173",
                "doi": "10.1016/S1474-4422(14)70251-0",
                "pmid": "25575710",
                "url": "",
                "accessed": "",
            },
            {
                # Further reading: listed but not cited by any finding.
                "key": "nice2021",
                "authors": [
                    {"type": "group", "name": "National Institute for Health and Care Excellence"},
                ],
                "year": 2021,
                "title": (
                    "Chronic pain (primary and secondary) in over 16s: assessment of all chronic pain and "
                    "management of chronic primary pain (NG193)"
                ),
                "container": "NICE guideline",
                "volume": "",
                "issue": "",
                "pages": "",
                "doi": "",
                "pmid": "",
                "url": "https://www.nice.org.uk/guidance/ng193",
                "accessed": "",
            },
        ],
    },
]

IMAGES = {
    "sed-articulacoes": {"title": "Articulações flexíveis", "colors": ["#1b4965", "#bee9e8"]},
    "sdrc-espelho": {"title": "Terapia do espelho", "colors": ["#4a4e69", "#f2e9e4"]},
    "fibro-sono": {"title": "Sono e dor", "colors": ["#1d3557", "#f4d58d"]},
}

PUBLISHER = {
    "blurb": (
        "<p>O <b>ZebraMedic</b> é escrito por pessoas que vivem com condições raras e por profissionais "
        "de saúde que as acompanham. Cada post cita os estudos em que se apoia, passa pela revisão de "
        "um profissional com a formação indicada e ganha uma data para ser revisto. Não recebemos "
        "dinheiro de fabricantes de medicamentos ou de equipamentos.</p>"
    ),
    "share_image": "zebramedic-compartilhar",
    "share_image_alt": "Faixas diagonais em azul-petróleo e creme, a marca do ZebraMedic",
    "social_handle": "@zebramedic",
}
IMAGES["zebramedic-compartilhar"] = {
    "title": "ZebraMedic: imagem de compartilhamento",
    "colors": ["#0b5f68", "#f4efe6"],
}
