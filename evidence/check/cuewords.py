"""The words of change a claim and an abstract use: up, down, no difference, or a change without a direction.

``direction`` pairs them across the two texts; they live here, as data, so that the pairing reads apart from the
vocabulary it pairs.
"""

from __future__ import annotations

import re

UP, DOWN, NULL, EFFECT = "up", "down", "none", "effect"
_UP = (r"increas\w*|higher|greater|more\s+(?:frequent|common|likely|often|extensive|severe|susceptible|vulnerable|"
       r"prone)\w*|ris(?:e|es|ing|en)|rose|"
       r"commoner|(?<=\bbecame\s)more|(?<=\bbecome\s)more|(?<=\bbecomes\s)more|"  # "became more lordotic"
       r"elevat\w*|rais(?:e|ed|es|ing)|improv\w*|better|longer|exceed\w*|boost\w*|enhanc\w*|doubl(?:ed|es|ing)|tripl(?:ed|es|ing)|"
       r"(?:(?<=\bto\s)|(?<=\bcan\s)|(?<=\bcould\s)|(?<=\bmay\s)|(?<=\bwill\s)|(?<=\bdid\s))(?:double|triple)|"
       r"up-?regulat\w*|superior|prolong\w*|lengthen\w*|faster|extend\w*|gain\w*|larger|stronger|augment\w*|amplif\w*|"
       r"(?<!\btherapy\swas\s)(?<!\btreatment\swas\s)(?<!\bdose\swas\s)(?<!\bdoses\swere\s)(?<!\bregimen\swas\s)"
       r"(?:intensif(?:y|ies|ied)|heighten(?:s|ed)?|quicken(?:s|ed)?|accelerat(?:e|es|ed))"
       r"(?=\s+(?:the|a|an|its|their|this|these|those|his|her|both|all|in|after|during|with|when|by|over|and|or|but|"
       r"\w+ly)\b|\s*[,.;:)]|\s*$)|"  # a verb ("intensified the spasm", "pain intensified."), not a name
       # ("accelerated radiotherapy", "heightened distress", "intensified insulin therapy"), nor a treatment
       # stepped up ("therapy was intensified")
       r"strengthen\w*|spur(?:red|ring)|"
       r"(?<!\bwith\s)(?<!\bof\s)(?<!\bfor\s)enlarg(?:e|es|ed|ing)|(?:step(?:s|ped)?|ramp(?:s|ed)?)\s+up|"
       r"grows|grew|growing|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|"
       r"(?:went|go|goes|going)\s+up|"
       r"push(?:ed|es|ing)(?=\s+(?!for\b)(?:(?!to\b|follow\b|speed\b)[\w-]+\s+){0,6}?up\b(?!\s+to\b))|"
       r"accumulat\w*|(?<!-)induc(?:ed|es|ing)(?!\s+[\d.])|"
       r"over-?estimat\w*|more\s+(?:quickly|rapidly)|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bare\s)|(?<=\bbeen\s))(?:\w+ly\s+)?stimulated"
       r"(?!\s+(?:with|at|for|using|in|on|once|twice|daily|every|through|via)\b)|stimulates|"
       r"more(?!\s+slowly)(?=(?:\s+(?!than\b)[\w-]+){1,8}\s+than\b)")
_DOWN = (r"decreas\w*|lower(?:ed|ing|s)?|less(?:\s+(?:frequent|common|likely|often|susceptible|vulnerable|prone))?"
         r"(?!\s+than)|fewer|reduc\w*|rarer|"
         r"declin\w*|"
         r"fell|fall\w*|drop(?!let|out)\w*|shorter|shorten\w*|wors\w*|(?<!-)poor(?:er)?|diminish\w*|attenuat\w*|suppress\w*|down-?regulat\w*|"
         r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bare\s)|(?<=\bis\s)|(?<=\bbeen\s))(?:\w+ly\s+)?depressed|"
         r"(?<=ly\s)(?<!\belderly\s)depressed(?!\s+(?:patients|people|persons|individuals|subjects|women|men|adults|"
         r"children|adolescents|mood|mothers|outpatients|inpatients))|"  # "fertility and motility were depressed"
         r"inferior|slow(?:ed|s|ing|er)|smaller|weaker|weaken\w*|dampen\w*|shr[iu]nk(?:s|ing|en)?|shrank|"
         r"protective\s+(?:effects?|roles?|associations?)\s+against|protect(?:ed|s|ing)?\s+(?:against|from(?!\s+(?:light|moisture|heat|air|"
         r"evaporation|freezing|contamination)\b))|"
         r"deplet(?:ed|es|ing)|lost|impair(?!ments?\b)\w*|disappoint\w*|inhibit(?:ed|s|ing|ion)?|curb(?:ed|s)?|blunt(?:s|ed|ing)|plummet\w*|"
         r"(?<!\bbeta[\s-])(?<!\bnerve\s)block(?:ed|s|ing)\b(?!\s+(?:copolymer|design|randomi))|abolish\w*|abrogat\w*|"
         r"plung(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|(?:went|go|goes|going)\s+down|under-?estimat\w*|more\s+slowly|"
         r"cut(?:s|ting)?(?=\s+(?:[\w-]+\s+){0,5}?by\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|"
         r"up\s+to\s+)?(?:[\d.]+\s*(?:%|per\s*cent|-?fold)|half|a\s+third|a\s+quarter|two[\s-]thirds|"
         r"three[\s-]quarters))|"
         r"(?<![-\w])(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bthe\s)(?<!\ba\s)"
         r"(?<=[a-z]\s)cut(?:s)?(?=\s+(?!(?:into|off|out|through|across|from|with|at|in|on|by|to|and|or|down|back|"
         r"short|open|free|sections?|slices?|surfaces?|edges?|ends?|points?|lengths?|pieces?)\b)(?:the\s+|its\s+|their\s+)?"
         r"[a-z][\w-]*\s+[a-z])|"  # a verb with its object ("chlorpropamide cut urinary calcium excretion"),
         # not "sections were cut", "the cut surface", "cut into pieces"
         r"push(?:ed|es|ing)(?=\s+(?!for\b)(?:(?!to\b)[\w-]+\s+){0,6}?down\b)")
_NOT_VERBS = (r"differ|change|affect|alter|improve|increase|reduce|decrease|cause|show|predict|restore|lower|raise|"
              r"prolong|shorten|extend|enhance|influence|modify|correlate|benefit|impact|worsen|lead|result|"
              r"protect|prevent|boost|help|translate|confer|induce|stimulate|inhibit|suppress|elevate|activate|"
              r"promote|attenuate")
_NULL = (r"(?:the\s+)?same\s+(?:amount|degree|extent|level|rate|number|proportion|frequency|incidence)\s+of|"
         r"(?:was|were|remained|is|are)\s+(?:(?:about|roughly|approximately|virtually|essentially|nearly|almost|much|"
         r"largely)\s+)?(?:the\s+same(?=\s+(?:in|for|between|across|among|during|throughout)\b|\s*[,.;])|(?:identical|equal)"
         r"(?=\s+in\s+(?:the\s+two|both|all|each|every)\b|\s+(?:between|across|among)\b|\s*[,.;]))|"  # ("waiting
         # time was about the same in each part of the study"; not "was the same drug")
         r"(?:did|does|do|could|was|were|is|are)\s+not\s+(?:\w+ly\s+)?(?:" + _NOT_VERBS + r")\w*|"
         r"(?:did|does|do)\s+not\s+reach\w*|"
         r"(?:fail(?:ed|s)?|unable)\s+to\s+(?:\w+ly\s+)?(?:" + _NOT_VERBS + r")\w*|"
         r"not\s+(?:\w+ly\s+)?(?:different|associated|correlated|related|altered|affected|changed|improved|"
         r"increased|reduced|decreased|better|worse|superior)|"
         r"no\s+(?:better|worse|higher|lower|greater|different|longer|shorter)\s+than|"
         r"no\s+(?:statistically\s+|clinically\s+)?significant\s+(?:difference|differences|association|relation|"
         r"relationship|change|effect|correlation)s?|"
         r"no\s+(?:statistically\s+)?significant\s+(?:(?!(?:was|were|had|has|have|is|are|in|of|for|with|between)(?![\w*-]))"
         r"[\w*-]+\s+(?:and\s+|or\s+)?){1,6}?(?:differences?|associations?|changes?|effects?)\b|"  # "no significant
         # MFC and R2* group differences"
         r"not\s+(?:statistically\s+|clinically\s+)?significant(?:ly)?(?:\s+(?:different|associated|"
         r"related|correlated|higher|lower|changed))?|did\s+not\s+(?:differ|change|affect|alter|improve|increase|"
         r"reduce|decrease|cause\s+a\s+greater|show|predict)\w*|no\s+(?:difference|differences|effect|effects|"
         r"association|change|detectable\s+effects?|relation(?:ship)?s?|correlation)|not\s+(?:associated|altered|different|affected)|"
         r"unchanged|unaffected(?!\s+(?:first-degree\s+)?(?:siblings?|sibs|relatives?|family|members|individuals|persons|people|"
         r"subjects|controls?|twins?|co-twins?|parents|offspring|carriers|volunteers|participants|side|eyes?|limbs?|"
         r"skin|tissues?|areas?|lobes?))|unaltered|unrelated|unassociated|uncorrelated|(?:similar|comparable)(?!\s+to\b)(?!\s+(?:age|ages|sex|gender)\b)|non-?inferior\w*|no\s+more|neither|nor\s+\w+|not\s+cytotoxic|"
         r"(?:\bno|\bnone\s+of)\s+(?:(?!(?:and|but|or|while|whereas)\b)[\w-]+\s+){1,6}?(?:statistically\s+)?"
         r"significantly\s+[a-z]+ed\b|"  # "no class
         # of antihypertensive significantly raised or lowered the risk"
         r"not\s+(?:have|has|had|exert(?:s|ed)?|show(?:s|ed)?)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:effects?|benefits?|impacts?|influences?|advantages?)\b|"  # "may not have a beneficial effect"
         r"no\s+(?:(?:conclusive|clear|convincing|strong|consistent|robust|firm|reliable|definitive|sufficient|good)"
         r"(?:\s*,\s*|\s+(?:or|and)\s+|\s+)){1,3}evidence|"  # ("no strong, consistent evidence")
         r"no\s+(?:\w+\s+)?(?:benefit|advantage)s?\b|persist(?:ed|s|ence)|"
         r"(?:little|scant)\s+(?:or\s+no\s+)?(?:indication|evidence|sign)\s+of|"  # "give little indication of a fall"
         r"(?:had|has|have|exerted|exerts?|showed|shows?)\s+(?:only\s+|very\s+)?little\s+(?:or\s+no\s+)?effects?"
         r"(?=\s+(?:on|upon)\b)|"  # "cortisol had little effect on the mitogenic activity"
         r"no\s+[a-z]+(?:ory|ive)\s+(?:effects?|actions?|influences?)\b|"  # "had no inhibitory effect"
         r"(?:correlated|associated|related)\s+(?:only\s+)?poorly|poorly\s+correlated|"
         r"failure\s+of\s+(?:[\w-]+\s+){1,6}?to\s+(?:rise|increase|fall|decrease|decline|improve|change|respond|"
         r"differ)\b|"  # "the failure of the plasma cholesterol concentration to rise"
         r"remained\s+(?:\w+\s+)?(?:stable|unchanged|similar|constant|as\s+common)|"
         r"(?:leav(?:e|es|ing)|left)\s+(?:[\w-]+\s+){1,3}?(?:alone|unchanged|unaffected|intact)")
#: A finding without a direction: "differed by gender", "altered the pharmacokinetics", "was associated with".
_EFFECT = (r"differ(?:ed|s|ent|ences?)?|alter(?:ed|s)|chang(?:ed|es)|affect(?:ed|s)|associat(?:ed|ion)|"
           r"correlat(?:ed|ion)|predict(?:ed|s|ive)|influenc(?:ed|es)|linked|related")
#: Agent nouns built on a direction verb: "tumour suppressor", "enhancer", "booster" name a thing, not a change.
AGENT_RE = re.compile(r"(?!(?:super|infer)iors?$|poor$)[\w-]+ors?|"
                       r"(?:enhanc|boost|reduc|extend|improv|increas|decreas|gain|rais|suppress|impair|drop)ers?", re.I)
CUE_RE = re.compile(rf"\b(?:(?P<null>{_NULL})|(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<effect>{_EFFECT}))\b", re.I)
BY_RE = re.compile(r"\s+by\s+(?![\d.]|(?:about|approximately|nearly|almost|around|roughly|up|over|more|less|only|just|"
                    r"a\s+(?:factor|third|quarter|half|mean|median|total)|half|one|two|three|four|five|ten|"
                    r"twenty|fifty|\w+[\s-]?fold)\b)", re.I)  # an agent, not an amount ("raised by 10 microU/ml")
