"""Spanish: the plainest shapes of suicidal language, read by rules (issue 23).

Spanish marks the writer in the verb itself: "matarme", "me voy a matar", "quitarme la vida",
"suicidarme" can only be about the one who writes ("se mató", "quiere matarse" are someone
else). So a reflexive act of ending one's life, not denied and not a known idiom ("me mato
trabajando", "me muero de risa"), is read as explicit; hopelessness, burden, farewells and the
rest as indirect. It reads the same folded text as the English rules (accents off, lower case)
and runs beside them on every text with Spanish in it. It is smaller than the English detector
and measured on its own corpus (``corpus/es/``, docs/safety-language.md): no statistical layer.
"""

import re

from afterglow.safety.language.context import negation_reaching
from afterglow.safety.language.normalize import clean
from afterglow.safety.language.verdict import Level, Verdict

# Enough Spanish function words to be worth reading ("que", "de", "la", "me", ...).
# (Words English does not use; "me", "no" and "a" are both languages'.)
_SPANISH = re.compile(
    r"\b(?:que|q|de|la|el|los|las|mi|mis|y|en|por|para|pa|una|un|es|lo|con|se|yo|muy|pero|"
    r"porque|xq|pq|esta|este|todo|nada|vida|quiero|hoy|anoche|estoy|tengo|voy|estado|pienso|"
    r"ganas|mas|ahora|siempre|nunca|ella|ya|bien|solo|neta|wey|tambien|aqui|casa|hasta|cuando|"
    r"asi|así|donde|como|sin|sobre|desde|otra|otro|vez|haber|quisiera|puedo|quiere|estar|ser|"
    r"hacer|tener|mucho|poco|algo|alguien|nadie|cada|noche|dia|día|porque|también|aquí|más)\b"
)
_SHORTHAND = [
    (re.compile(r"\b(?:q|k|ke)\b"), "que"),
    (re.compile(r"\b(?:xq|pq|porq)\b"), "porque"),
    (re.compile(r"\bpa\b"), "para"),
    (re.compile(r"\bm4t4r|\bmatr\b"), "matar"),
    (re.compile(r"\bm\b"), "me"),
    (re.compile(r"\bsu[1i!*]c[1i!*]d"), "suicid"),
    (re.compile(r"\bs\*icid"), "suicid"),
    (re.compile(r"([a-z])\1{2,}"), r"\1"),
]
_END = re.compile(r"[.!?;\n]+|\s-\s")

# Ending one's own life, said with the writer in the verb.
_SELF_END = (
    r"(?:matarme|me mataria|me matare|me voy a matar|me quiero matar|"
    r"me vaya a matar|suicidarme|me suicido|me suicide|me voy a suicidar|me quiero suicidar|"
    r"quitarme la vida|me quito la vida|me quite la vida|me voy a quitar la vida|"
    r"me quiero quitar la vida|acabar con mi vida|terminar con mi vida|acabo con mi vida|"
    r"termino con mi vida|ponerle fin a mi vida|ahorcarme|colgarme|"
    r"me quiero colgar|pegarme un tiro|me pego un tiro|darme un tiro|me doy un tiro|"
    r"dispararme|volarme la cabeza|envenenarme|ahogarme|cortarme las venas|me corto las venas|"
    r"me corte las venas|(?:tirarme|aventarme|lanzarme|arrojarme|me tiro|me aviento|me lanzo) "
    r"(?:del?|al|a la|a los|desde|enfrente de|frente a|por) (?:\w+ ){0,2}(?:puente|edificio|"
    r"tren|metro|vias?|balcon|azotea|techo|piso|carros?|camion|trailer|precipicio|acantilado|"
    r"barranco|rio|mar|presa|autopista|carretera|ventana)|desvivirme|desvivir|darme cuello|"
    r"petatearme|unalive|sewer slide|morirme por mi (?:propia )?mano|mi suicidio|"
    r"quitandome la vida|matandome|suicidandome|colgandome|ahorcandome|pegandome un tiro|"
    r"pegado un tiro|cortar(?:me)? las venas|autodesvivir\w*|dar(?:me)? cuello|"
    r"(?:para|pa) (?:morirme|no despertar)|ir(?:me)? de este mundo(?: \w+){0,2} (?:por|x) mi "
    r"(?:propia )?cuenta|apagar mi vida|"
    r"dar(?:me)? de baja de la vida)"
)
_DIE = (
    r"(?:morir|morirme|muert[oa]s?|dejar de vivir|dejar de existir|no existir|desaparecer "
    r"(?:para siempre|del mundo|de este mundo)|no despertar|no despertarme|no volver a "
    r"despertar|no abrir los ojos|no haber (?:nacido|despertado)|no (?:tener que )?seguir "
    r"viviendo|no llegar a\w*|irme de este mundo|colgar los tenis)"
)
_CRISIS: list[tuple[str, re.Pattern[str]]] = [
    (
        "attempt",
        re.compile(
            rf"\b(?:intente|trate de|quise|intento de|estaba intentando|volvi a intentar\w*|lo "
            rf"intente)(?: \w+){{0,2}} {_SELF_END}|\b(?:mi|tuve un|despues del|del) (?:ultimo )?"
            r"intento de suicidio\b|\b(?:me tome|tome) (?:todas? (?:las|mis) pastillas|"
            r"todo el frasco|"
            r"toda la caja|un frasco)|\b(?:quiero|me di|me tome|me hice|me provoque|tuve|hacerme|"
            r"provocarme) (?:\w+ ){0,2}sobredosis\b"
        ),
    ),
    (
        "plan",
        re.compile(
            rf"\b(?:tengo (?:todo )?(?:el )?plan\w*|ya (?:se|elegi|escogi) (?:como|donde|cuando|la "
            rf"fecha|el dia|el lugar)|el plan es|planeo|tengo pensado)\b(?: \S+){{0,12}} "
            rf"(?:{_SELF_END}|{_DIE}|hacerlo|lo hago)"
        ),
    ),
    (
        "preparation",
        re.compile(
            r"\b(?:escribi|deje|tengo|hice|redacte|termine|mi|ya|guarde|escribiendo|programe|"
            r"escrita|escritas)(?: \w+){0,3} (?:carta|cartas|nota|notas|mensaje|mensajes) de "
            r"(?:despedida|suicidio)\b|\b(?:guardando|juntando|"
            r"ahorrando|guarde|junte|acumulando|escondiendo) (?:\w+ ){0,3}(?:pastillas|pildoras|"
            r"medicinas|medicamentos)\b|\b(?:metodos|formas?|maneras?) (?:menos dolorosas? )?de "
            r"(?:suicid\w*|matarme|morir(?:me|se)?)\b|\b(?:cuerda|soga|pistola|arma) (?:\w+ ){0,6}"
            r"(?:para (?:matarme|colgarme|ahorcarme|suicidarme|acabar)|contra mi)"
        ),
    ),
    (
        "suicidal_thoughts",
        re.compile(
            r"\b(?:pensamientos?|ideas?|ideacion|ganas) (?:de |del )?(?:suicid\w*|matarme|"
            r"quitarme la "
            r"vida|morirme)|\b(?:pensamientos|ideas|ideacion) suicidas?\b|\b(?:pienso|pense|"
            r"pensando|"
            r"pensado|imagino|imagine|imaginando) en (?:el )?(?:suicidio|suicidarme|matarme)"
        ),
    ),
    (
        "self_harm",
        re.compile(
            r"\b(?:me corte|me corto|cortarme|me cortaba|me cortaria|me volvi a cortar|me lastimo|"
            r"me lastime|lastimarme|hacerme dano|me hago dano|me hice dano|haciendo dano|me quemo|"
            r"me queme|quemarme|quemandome|autolesion\w*|me golpeo|me golpee|golpearme|"
            r"las cortadas|"
            r"me arane|me rasco hasta|me pegue|pegandome|me castigo|me rasgune|me mordi|"
            r"para castigarme|"
            r"hasta (?:sangrar|sacarme sangre|dejarme marcas?|que (?:sangro|sangre))|(?:volvi al|"
            r"recai en el|otra vez el) sh|sh (?:otra vez|de nuevo))\b"
        ),
    ),
    (
        "wish_to_die",
        re.compile(
            rf"\b(?:quiero|quisiera|deseo|desearia|deseando|tengo ganas de|ganas de|me gustaria|"
            rf"prefiero|prefiero estar|ojala|solo quiero|lo unico que quiero es|solo pido|le pido "
            rf"(?:a dios|al senor|al universo)? ?que me|rogando)(?: \w+){{0,2}} {_DIE}\b|"
            r"\b(?:deseo|ojala|quiero|pido) que (?:un|una|el|la) \w+ me (?:atropelle|mate|lleve)\b|"
            r"\bun accidente para no\b|\bme da igual si me muero\b|"
            r"\b(?:ya )?no quiero (?:seguir )?(?:vivir|viviendo|viv[oa]|estar viv[oa]|existir|"
            r"despertar)\b|\b(?:ojala|que) me (?:muera|lleve|recoja)\b|\bharto de vivir\b|"
            r"\bdeseando la muerte\b"
        ),
    ),
    (
        "method",
        re.compile(
            r"\b(?:tomarme|me tomaria|me voy a tomar|tragarme|me tomo) (?:todas? (?:las |mis )?"
            r"pastillas|todo el frasco|toda la caja|el frasco|la caja)|\b(?:cuerda|soga|pistola|"
            r"arma|navaja)\b(?: \S+){0,12} contra mi\b|\bme intente (?:colgar|ahorcar|matar|"
            r"suicidar|"
            r"tirar|aventar|cortar)\b"
        ),
    ),
    (
        "intent",
        re.compile(
            # Without its accent "me mato" is also "it killed me" ("ese examen me mato"): only
            # where nothing else can be the one doing it.
            r"\bme (?:mato|ahorco|cuelgo)\b|(?:^|\b(?:ya|hoy|que|y|si|mejor|manana|noche|entonces|"
            r"pues|neta|mismo|acabo|decidi|juro|aqui|ahorita|ahora|cuando))(?: lo)? me mate\b|"
            rf"\b{_SELF_END}\b|\b(?:voy a|quiero|decidi|pienso|me voy a) (?:terminar|acabar) con "
            r"todo\b(?! (?:el|la|lo|los|las|mi) )"
        ),
    ),
]
# A jump and a place in the same sentence: "el puente de la autopista ... y tirarme".
_JUMP = re.compile(
    r"\b(?:tirarme|aventarme|lanzarme|arrojarme|saltar|me tiro|me aviento|me lanzo|me quiero "
    r"(?:tirar|aventar|lanzar)|me voy a (?:tirar|aventar|lanzar)|meterme al (?:mar|rio)|"
    r"seguir de frente)\b"
)
_PLACE = re.compile(
    r"\b(?:puente|edificio|azotea|balcon|tren|metro|vias|acantilado|precipicio|barranco|presa|"
    r"rio|mar|camion|carros|bus|autopista|carretera|piso \d+|ultimo piso|barandal)\b"
)
_CONCERN: list[tuple[str, re.Pattern[str]]] = [
    (
        "burden",
        re.compile(
            r"\b(?:estarian?|seria|serian|estaria) (?:\w+ ){0,3}(?:mejor|mas (?:felices|"
            r"tranquil\w+))"
            r" (?:sin mi|sin alguien como yo|si (?:yo )?(?:no (?:estuviera|existiera)|"
            r"desapareciera|"
            r"me fuera))|\bsoy (?:una|un) (?:carga|estorbo|peso)\b|\b(?:como|soy) un peso muerto\b|"
            r"\bmejor que "
            r"(?:yo )?(?:ya )?no estuviera\b|\bsin mi (?:estarian|serian|estaria)\b|\bsi yo no "
            r"(?:existiera|estuviera)\b|\ble arruino la vida\b"
        ),
    ),
    (
        "hopelessness",
        re.compile(
            r"\bnada (?:va a cambiar|tiene sentido|tiene caso)\b|\bno tiene (?:sentido|caso)\b|"
            r"\b(?:perdi|sin) (?:toda )?(?:la )?esperanza\b|\bno (?:va|van) a mejorar\b|"
            r"\bno le veo "
            r"(?:futuro|sentido)\b|\bya me rendi\b|\bno tiene remedio\b|\bpara que sigo\b|"
            r"\bsiempre voy a estar asi\b|\bva a ser siempre\b|\bno hay nada que esperar\b|"
            r"\bno (?:hay|veo) (?:un )?(?:manana|nada (?:por )?delante|nada adelante)\b|"
            r"\bno espero "
            r"nada\b|\btodo es inutil\b|\btampoco va a servir\b"
        ),
    ),
    (
        "no_way_out",
        re.compile(
            r"\b(?:no (?:hay|veo|tengo|encuentro)|sin) (?:ninguna |la )?salida\b|"
            r"\bno hay (?:otra )?"
            r"(?:forma|manera) de (?:salir|arreglar)|\bno hay escapatoria\b|\b(?:atrapad[oa]|"
            r"acorralad[oa]) (?:en|por)? ?(?:mi|esta|este)?|\bsin puertas\b|\btodas las puertas "
            r"(?:estan )?cerradas\b|\ben una trampa\b|\bsolo veo una salida\b"
        ),
    ),
    (
        "unbearable",
        re.compile(
            r"\bya no (?:puedo|aguanto|soporto) (?:mas|esto|con (?:esto|esta|tanto))\b|\bno "
            r"(?:aguanto|soporto) mas\b|\b(?:es|se ha vuelto) insoportable\b|\bno puedo (?:seguir|"
            r"vivir(?: un dia mas)?) asi\b|\bya no (?:lo |la )?(?:soporto|aguanto)\b|\bno aguanto "
            r"(?:ni )?(?:otra|una) \w+ (?:mas|como esta)\b|\bya no tengo fuerzas\b|\bcuanto mas "
            r"pueda soportar\b|\bllegue al limite\b|\bme canse de aguantar\b|\bno puedo con "
            r"tanto\b|\bno soporto estar\b|\bestoy al borde\b|\bya no se puede aguantar\b|\bya "
            r"no (?:la|lo) puedo cargar\b"
        ),
    ),
    (
        "not_being_here",
        re.compile(
            r"\b(?:cuando|si) (?:yo )?ya no (?:este|estare|estuviera)\b|\bya no (?:voy a estar|"
            r"estare)"
            r"\b|\bno voy a estar (?:aqui|mucho tiempo|para (?:entonces|cuando))\b|\bno voy a estar"
            r"$|\bme voy a ir para siempre\b|\bcuando me vaya\b(?: \S+){0,4} pronto|\bpronto (?:ya "
            r")?no va a importar\b|\bvivir sin mi\b|\b(?:mi )?ultim[oa] (?:navidad|cumpleanos)\b|"
            r"\bno voy a llegar a (?:los )?\d+|\bdejar de ser un problema\b|\bpronto me voy a ir\b|"
            r"\bno (?:la|lo|los|las) voy a necesitar\b|\bnadie va a tener que preocuparse por mi\b|"
            r"\bva a ser problema de otros\b"
        ),
    ),
    (
        "goodbye",
        re.compile(
            r"\b(?:me despido|despedirme|ya me despedi|adios a todos|chao a todos|esta es (?:mi|"
            r"la) "
            r"ultima (?:entrada|vez)|como si fuera la ultima vez|no me olviden|recuerdenme|"
            r"esta es la "
            r"despedida|me recuerden|acuerdate de mi|si no vuelvo a escribir|"
            r"ya no los voy a molestar|"
            r"(?:le|les) dije adios|gracias y adios|perdon(?:ame)? (?:a todos )?por todo|"
            r"los quise)\b"
        ),
    ),
    (
        "giving_away",
        re.compile(
            r"\b(?:regale|repart\w+|estoy regalando|le di|le deje|le entregue|le pase|done|vacie) "
            r"(?:\w+ ){0,5}(?:ya no (?:lo |la |los |las )?(?:voy a|va a) (?:necesitar|usar|hacer "
            r"falta)|no me va a hacer falta|ya no (?:lo|la|los|las) (?:ocupo|necesito)|"
            r"para siempre|"
            r"ya (?:era|es) (?:de el|de ella|suy[oa])|sin que me (?:lo|la|los|las) pidiera)|"
            r"\b(?:estoy regalando|regale|done|vacie) (?:todas? )?mis (?:cosas|libros|"
            r"herramientas)|"
            r"\bquien se queda con\b|\bya no tenia por que guardarlo\b"
        ),
    ),
]
# What explains the words away: a denial, an idiom, someone else's words.
_NEGATORS = frozenset(
    [
        "no",
        "nunca",
        "jamas",
        "ni",
        "sin",
        "cero",
        "0",
        "ningun",
        "ninguna",
        "ninguno",
        "tampoco",
        "nada",
        "limpia",
        "limpio",
        "libre",
    ]
)
# Words a denial reaches across: "no he tenido pensamientos de", "nunca he pensado en".
_SCOPE = frozenset(
    [
        "he",
        "ha",
        "has",
        "hemos",
        "tenido",
        "tengo",
        "tuve",
        "tenia",
        "pensado",
        "pensamientos",
        "pensamiento",
        "ideas",
        "idea",
        "de",
        "del",
        "en",
        "el",
        "la",
        "los",
        "las",
        "me",
        "voy",
        "vas",
        "a",
        "quiero",
        "queria",
        "quise",
        "pienso",
        "pense",
        "pensando",
        "ganas",
        "deseos",
        "deseo",
        "intencion",
        "intenciones",
        "planes",
        "plan",
        "y",
        "o",
        "ni",
        "mas",
        "otra",
        "vez",
        "siquiera",
        "actual",
        "actuales",
        "activos",
        "activas",
        "pasivos",
        "pasivas",
        "ningun",
        "ninguna",
        "ninguno",
        "momento",
        "vuelto",
        "tener",
        "tenido",
        "volvi",
        "volver",
        "sentido",
        "urgencia",
        "urgencias",
    ]
)
_NOT_A_DENIAL = re.compile(r"\bno (?:es broma|es drama|es meme|lo digo en broma)\b")
_IDIOM_AFTER = re.compile(
    r"^ ?(?:de (?:la )?(?:risa|hambre|sueno|ganas|frio|calor|verguenza|pena|cansancio|"
    r"aburrimiento|nervios|envidia|miedo|amor|tristeza)|por (?:ver|ir|saber|conocer|que)|"
    r"trabajando|estudiando|en el (?:gym|gimnasio|trabajo)|corriendo|haciendo|limpiando|"
    r"entrenando|por (?:ellos|mis hijos|la familia|mi familia)|el dedo|la mano|sin querer|"
    r"por accidente|cocinando|pelando|afeitandome|rasurandome|con (?:el )?papel|con la lata)"
)
_OTHERS_SAID = re.compile(
    r"\b(?:dijo|dice|decia|escribio|me mando|publico|grito|canta|cantaba|personaje|pelicula|"
    r"serie|novela|libro|cancion|podcast|pregunt\w+ (?:\w+ ){0,2}(?:si|que)|confeso|me conto|"
    r"sobrevivio)\b"
)
# Someone else named as the subject, for what is not said in the writer's own verb
# ("mi hermana tuvo pensamientos suicidas").
_OTHER_SUBJECT = re.compile(
    r"\b(?:mi|mis|su|sus|tu) (?:herman[oa]s?|amig[oa]s?|hij[oa]s?|prim[oa]s?|mama|papa|madre|"
    r"padre|espos[oa]|novi[oa]|compa\w*|tio|tia|abuel[oa]|vecin[oa]|pareja|roomie|paciente|"
    r"alumn[oa]|estudiante)\b|\b(?:ella|ellos|ellas)\b"
)
_NOUN_CODES = frozenset(["suicidal_thoughts", "self_harm", "attempt"])
# The writer in the verb itself: "me corte", "cortarme", "quemandome".
_WRITERS_VERB = re.compile(r"^me |\b\w+(?:rme|ndome)\b")
# Said to be over: "las ganas de cortarme no regresaron", "... : no", "ya no me visita".
_DENIED_AFTER = re.compile(
    r"^(?: \w+){0,4} (?:ya )?no (?:me )?(?:regres\w+|volvi\w+|han vuelto|aparec\w+|visita\w*|"
    r"tuve|tengo|he tenido)\b|^ ?(?:o \w+ )?(?:de \w+ )?: ?(?:no|ninguno|ninguna|nada|cero|0)\b|"
    r"\b: ninguno\b|\ble dije que no\b"
)
_OVER = re.compile(r"\b(?:antes|solia|hace (?:anos|meses|tiempo))\b")
_NOW_NOT = re.compile(
    r"\b(?:ya no|sin que|llevo \w+ (?:\w+ )?sin|ahora no|nunca mas|ya se fue|ya pasaron)\b"
)
_MEANT = re.compile(r"\bme referia a\w* (?:\w+ ){0,4}no a (?:la|mi) vida\b")
_ORDINARY_MEDS = re.compile(
    r"\b(?:como (?:dice|indica|manda) la receta|recetad[oa]s?|a tiempo|con el desayuno|de la "
    r"presion|farmacia|organizador|pastillero)\b"
)
# Read on the raw text (where "?" still ends the question) and again once folded.
_ANSWERED_NO = re.compile(r"\?\s*(?:no|nada|ninguno|ninguna|nunca|para nada)\b", re.I)


# "me mató", "lo ahorcó": someone or something else did it; the accent says so, and folding
# would lose it ("me mato" is the writer's own "I kill myself").
_THIRD_PERSON_PAST = re.compile(r"(?i)\b(mat|ahorc|colg|suicid)ó\b")


_LEET = str.maketrans("4310@$", "aeioas")
_MASKED = re.compile(r"\b(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[0-9@$])[a-z0-9@$]{4,}\b")


def _unmask(text: str) -> str:
    """Digits used as letters ("su1c1d4rme") read as the letters."""
    return _MASKED.sub(lambda m: m.group(0).translate(_LEET), text)


def _sentences(text: str) -> list[str]:
    folded = _unmask(clean(_THIRD_PERSON_PAST.sub(r"\g<1>ox", text)))
    folded = _ANSWERED_NO.sub(" : ninguno.", folded)
    for pattern, replacement in _SHORTHAND:
        folded = pattern.sub(replacement, folded)
    return [" ".join(re.findall(r"[a-z0-9:]+", part)) for part in _END.split(folded)]


def _holds(sentence: str, match: re.Match[str], code: str) -> bool:
    before, after = sentence[: match.start()], sentence[match.end() :]
    if _IDIOM_AFTER.match(after) or _DENIED_AFTER.search(after):
        return False
    # Someone else's words or subject: only for what is not said in the writer's own verb
    # ("mi hermana tuvo pensamientos suicidas", "me pregunto si queria hacerme dano"), and
    # only close before it (run-on writing joins sentences: "dijo ... y yo quiero morirme").
    near = " ".join(before.split()[-6:])
    writers = _WRITERS_VERB.search(match.group(0)) is not None
    if (
        code in _NOUN_CODES
        and not writers
        and (_OTHERS_SAID.search(near) or _OTHER_SUBJECT.search(near))
    ):
        return False
    if code in ("attempt", "method") and _ORDINARY_MEDS.search(sentence):
        return False
    # "no quiero vivir" is the wish itself; a "no" before the other shapes denies them.
    if not match.group(0).startswith(("no ", "ya no ")) and _denied(before.split()):
        return _NOT_A_DENIAL.search(sentence) is not None
    return not after.startswith((" ninguno", " : ninguno"))


def _denied(words: list[str]) -> bool:
    """A negation a few words back, with only words it reaches across in between."""
    return negation_reaching(words, negators=_NEGATORS, scope=_SCOPE, span=8) is not None


def _over(parts: list[str], i: int) -> bool:
    """Something the writer used to think, said to be over ("antes ... ya no"), or a meaning
    the writer explains ("me referia al trabajo, no a la vida")."""
    near = " ".join(parts[i : i + 3])
    return bool(_OVER.search(parts[i]) and _NOW_NOT.search(near)) or bool(
        _MEANT.search(" ".join(parts[max(0, i - 1) : i + 2]))
    )


# Asked whether, and answered no: "me pregunto si habia pensado en quitarme la vida ... le dije
# que no" (in the sentence or the next).
_ASKED = re.compile(r"\bpregunt\w+ (?:\w+ ){0,4}si\b")
_SAID_NO = re.compile(
    r"^(?:no|nunca)\b|\b(?:le|les) (?:dije|conteste|respondi) (?:que no|la verdad)\b"
)


def _answered_no(parts: list[str], i: int) -> bool:
    return bool(_ASKED.search(parts[i])) and any(_SAID_NO.search(part) for part in parts[i : i + 2])


def _found(parts: list[str], rules: list[tuple[str, re.Pattern[str]]]) -> set[str]:
    codes = set()
    for i, sentence in enumerate(parts):
        if _answered_no(parts, i):
            continue
        for code, pattern in rules:
            if any(_holds(sentence, m, code) for m in pattern.finditer(sentence)):
                if not _over(parts, i):
                    codes.add(code)
                break
    return codes


def _spanish_sentences(text: str) -> list[str]:
    """The sentences of ``text`` written in Spanish (enough Spanish words among their words):
    a long English entry with a stray "de" costs nothing more to read."""
    kept = []
    for chunk in _END.split(text):
        words = chunk.split()
        if not words:
            continue
        spanish = len(_SPANISH.findall(chunk.lower()))
        if spanish and (spanish * 10 >= len(words) or len(words) <= 12):
            kept.append(chunk)
    return kept


def read(text: str) -> Verdict:
    """What the Spanish rules find in ``text`` (nothing when it has no Spanish in it)."""
    if _SPANISH.search(text.lower()) is None:
        return Verdict()
    chunks = _spanish_sentences(_ANSWERED_NO.sub(" : ninguno. ", text))
    if not chunks:
        return Verdict()
    parts = [p for p in _sentences(". ".join(chunks)) if p]
    crisis = _found(parts, _CRISIS)
    if any(_JUMP.search(p) and _PLACE.search(p) and not _denied(p.split()[:3]) for p in parts):
        crisis.add("method")
    if crisis:
        return Verdict(Level.CRISIS, tuple(sorted(crisis)))
    concern = _found(parts, _CONCERN)
    return Verdict(Level.CONCERN, tuple(sorted(concern))) if concern else Verdict()
