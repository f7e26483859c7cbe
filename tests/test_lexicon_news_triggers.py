"""Trigger seeds of gen18, mined from sentences of real news with two actors and no claim:
fighters dislodged or picked off, stance adjectives ("angry at", "hostile to", "grateful to"),
sponsors and suitors, and the twins of verbs the pinned model lemmatises to non-words
("fined" -> "fin"). Sentences of our own about actors that are neither the mined articles' nor
the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, predicate, object), PLOVER type, CAMEO code): two sentences an entry
SENT = [
    (
        "Ethiopian troops dislodged al-Shabab from several towns in southern Somalia.",
        ("Ethiopian troops", "attacked", "al-Shabab"),
        "ASSAULT",
        "190",
    ),
    (
        "Kurdish fighters dislodged the Taliban from the hills above Kandahar.",
        ("Kurdish fighters", "attacked", "Taliban"),
        "ASSAULT",
        "190",
    ),
    (
        "Colombian soldiers flushed out FARC guerrillas from the jungle camp.",
        ("Colombian soldiers", "attacked", "FARC"),
        "ASSAULT",
        "190",
    ),
    (
        "The Nigerian army flushed out Boko Haram from its forest hideouts.",
        ("Nigerian army", "attacked", "Boko Haram"),
        "ASSAULT",
        "190",
    ),
    (
        "Ukrainian forces outflanked the separatists near Donetsk.",
        ("Ukrainian forces", "attacked", "separatists"),
        "ASSAULT",
        "190",
    ),
    (
        "Syrian rebels outflanked Kurdish militias near Afrin.",
        ("Syrian rebels", "attacked", "Kurdish militias"),
        "ASSAULT",
        "190",
    ),
    (
        "Chechen gunmen picked off Russian soldiers near Grozny.",
        ("Chechen gunmen", "attacked", "Russian soldiers"),
        "ASSAULT",
        "190",
    ),
    (
        "Houthi gunmen picked off Saudi border guards near Najran.",
        ("Houthis", "attacked", "Saudi border guards"),
        "ASSAULT",
        "190",
    ),
    (
        "The Iraqi army liberated Tikrit from the Islamic State.",
        ("Iraqi army", "attacked", "Islamic State"),
        "ASSAULT",
        "190",
    ),
    (
        "Malian troops liberated Timbuktu from Ansar Dine.",
        ("Malian troops", "attacked", "Ansar Dine"),
        "ASSAULT",
        "190",
    ),
    (
        "Ethiopian troops sniped at Eritrean soldiers.",
        ("Ethiopian troops", "attacked", "Eritrean soldiers"),
        "ASSAULT",
        "193",
    ),
    (
        "Sudanese soldiers sniped at the rebels from the rooftops.",
        ("Sudanese soldiers", "attacked", "rebels"),
        "ASSAULT",
        "193",
    ),
    ("France napalmed the Viet Minh.", ("France", "attacked", "Viet Minh"), "ASSAULT", "195"),
    (
        "Portugal napalmed Angolan rebels in 1961.",
        ("Portugal", "attacked", "Angolan rebels"),
        "ASSAULT",
        "195",
    ),
    (
        "Kenyatta bashed the International Criminal Court in a speech on Sunday.",
        ("Uhuru Kenyatta", "criticized", "International Criminal Court"),
        "ACCUSE",
        "111",
    ),
    (
        "Erdogan bashed the European Union over its refugee policy.",
        ("Recep Tayyip Erdogan", "criticized", "European Union"),
        "ACCUSE",
        "111",
    ),
    (
        "Maduro fumed at Colombia over the border closure.",
        ("Nicolás Maduro", "criticized", "Colombia"),
        "ACCUSE",
        "111",
    ),
    (
        "Netanyahu fumed at Obama after the vote.",
        ("Benjamin Netanyahu", "criticized", "Barack Obama"),
        "ACCUSE",
        "111",
    ),
    (
        "Pakistan is furious with the United States over the drone strikes.",
        ("Pakistan", "criticized", "United States"),
        "ACCUSE",
        "111",
    ),
    (
        "The Venezuelan government was furious at Spain after the remarks.",
        ("Venezuelan government", "criticized", "Spain"),
        "ACCUSE",
        "111",
    ),
    (
        "China is angry with Japan over the islands.",
        ("China", "criticized", "Japan"),
        "ACCUSE",
        "111",
    ),
    (
        "Turkey was angry at Germany after the Bundestag vote.",
        ("Turkey", "criticized", "Germany"),
        "ACCUSE",
        "111",
    ),
    (
        "Lula shamed the Brazilian Senate.",
        ("Luiz Inacio Lula da Silva", "criticized", "Brazilian Senate"),
        "ACCUSE",
        "111",
    ),
    (
        "Amnesty International shamed Qatar over the treatment of migrant workers.",
        ("Amnesty International", "criticized", "Qatar"),
        "ACCUSE",
        "111",
    ),
    (
        "Putin scapegoated the United States.",
        ("Vladimir Putin", "criticized", "United States"),
        "ACCUSE",
        "112",
    ),
    (
        "Mugabe scapegoated Britain for the drought.",
        ("Mugabe", "criticized", "United Kingdom"),
        "ACCUSE",
        "112",
    ),
    ("Bolivia fired verbal salvos at Chile.", ("Bolivia", "criticized", "Chile"), "ACCUSE", "111"),
    (
        "Duterte launched fresh salvos at the European Union.",
        ("Rodrigo Duterte", "criticized", "European Union"),
        "ACCUSE",
        "111",
    ),
    (
        "The new Greek government is hostile to the European Commission.",
        ("Greek government", "criticized", "European Commission"),
        "REJECT",
        "120",
    ),
    (
        "Hungary has been hostile towards Germany for years.",
        ("Hungary", "criticized", "Germany"),
        "REJECT",
        "120",
    ),
    (
        "Eritrea remains hostile toward Ethiopia.",
        ("Eritrea", "criticized", "Ethiopia"),
        "REJECT",
        "120",
    ),
    (
        "Kagame was dismissive of the United Nations.",
        ("Kagame", "criticized", "United Nations"),
        "REJECT",
        "120",
    ),
    (
        "Hamas is sympathetic to the Muslim Brotherhood.",
        ("Hamas", "supported", "Muslim Brotherhood"),
        "SUPPORT",
        "051",
    ),
    (
        "Belarus is sympathetic towards Serbia.",
        ("Belarus", "supported", "Serbia"),
        "SUPPORT",
        "051",
    ),
    (
        "Ukraine is grateful to Poland for its support.",
        ("Ukraine", "supported", "Poland"),
        "SUPPORT",
        "051",
    ),
    (
        "Jordan was grateful to Saudi Arabia after the talks.",
        ("Jordan", "supported", "Saudi Arabia"),
        "SUPPORT",
        "051",
    ),
    ("Qatar sponsored the Taliban for years.", ("Qatar", "supported", "Taliban"), "AID", "070"),
    ("Iran sponsors Hamas with money and weapons.", ("Iran", "supported", "Hamas"), "AID", "070"),
    (
        "Obama extolled India during the visit.",
        ("Barack Obama", "supported", "India"),
        "SUPPORT",
        "051",
    ),
    (
        "Xi extolled Pakistan as an iron brother.",
        ("Xi Jinping", "supported", "Pakistan"),
        "SUPPORT",
        "051",
    ),
    ("Iran resupplied the Houthis.", ("Iran", "supported", "Houthis"), "AID", "072"),
    (
        "Russia is resupplying the Syrian army.",
        ("Russia", "supported", "Syrian army"),
        "AID",
        "072",
    ),
    (
        "Washington is courting Vietnam.",
        ("United States", "requested", "Vietnam"),
        "REQUEST",
        "020",
    ),
    (
        "China courted the Philippines with loans.",
        ("China", "requested", "Philippines"),
        "REQUEST",
        "020",
    ),
    # agreed_with is symmetric: its two sides come in label order
    (
        "Rouhani extended an olive branch to Saudi Arabia.",
        ("Hassan Rouhani", "agreed_with", "Saudi Arabia"),
        "AGREE",
        "030",
    ),
    (
        "Turkey held out an olive branch to Armenia.",
        ("Armenia", "agreed_with", "Turkey"),
        "AGREE",
        "030",
    ),
    (
        "Japanese banks continued to do business with Myanmar.",
        ("Japanese business", "cooperated_with", "Myanmar"),
        "COOPERATE",
        "061",
    ),
    (
        "Chinese firms do business with Sudan.",
        ("Chinese business", "cooperated_with", "Sudan"),
        "COOPERATE",
        "061",
    ),
    (
        "Ecuador booted out the American ambassador.",
        ("Ecuador", "sanctioned", "American ambassador"),
        "SANCTION",
        "166",
    ),
    (
        "Bolivia booted out the US envoy in 2008.",
        ("Bolivia", "sanctioned", "US envoy"),
        "SANCTION",
        "166",
    ),
    (
        "YouTube deplatformed Alex Jones.",
        ("YouTube", "sanctioned", "Alex Jones"),
        "SANCTION",
        "160",
    ),
    (
        "YouTube deplatformed David Icke.",
        ("YouTube", "sanctioned", "David Icke"),
        "SANCTION",
        "160",
    ),
    (
        "The European Union fined Google.",
        ("European Union", "sanctioned", "Google"),
        "COERCE",
        "172",
    ),
    (
        "Brussels fines Microsoft over its browser.",
        ("European Union", "sanctioned", "Microsoft"),
        "COERCE",
        "172",
    ),
    ("Israel rearrested Khader Adnan.", ("Israel", "sanctioned", "Khader Adnan"), "COERCE", "173"),
    (
        "Egypt rearrested Alaa Abd El-Fattah.",
        ("Egypt", "sanctioned", "Alaa Abd El-Fattah"),
        "COERCE",
        "173",
    ),
    ("The NSA wiretapped Angela Merkel.", ("NSA", "coerced", "Angela Merkel"), "COERCE", "170"),
    (
        "The FBI wiretapped Martin Luther King.",
        ("FBI", "coerced", "Martin Luther King"),
        "COERCE",
        "170",
    ),
    (
        "Egyptian police teargassed the Muslim Brotherhood supporters.",
        ("Egyptian police", "attacked", "Muslim Brotherhood supporters"),
        "ASSAULT",
        "175",
    ),
    (
        "Turkish police teargassed Kurdish protesters in Diyarbakir.",
        ("Turkish police", "attacked", "Kurdish protesters"),
        "ASSAULT",
        "175",
    ),
    ("Egypt unbanned the Wafd Party.", ("Egypt", "conceded_to", "Wafd Party"), "CONCEDE", "0812"),
    (
        "Algeria unbanned the Islamic Salvation Front.",
        ("Algeria", "conceded_to", "Islamic Salvation Front"),
        "CONCEDE",
        "0812",
    ),
    (
        "The African Union readmitted Egypt.",
        ("African Union", "conceded_to", "Egypt"),
        "CONCEDE",
        "086",
    ),
    (
        "The Arab League readmitted Syria.",
        ("Arab League", "conceded_to", "Syria"),
        "CONCEDE",
        "086",
    ),
    (
        "Netanyahu texted Putin after the election.",
        ("Benjamin Netanyahu", "spoke_with", "Vladimir Putin"),
        "CONSULT",
        "041",
    ),
    (
        "Macron texted Trudeau on Monday.",
        ("Emmanuel Macron", "spoke_with", "Justin Trudeau"),
        "CONSULT",
        "041",
    ),
    # stance adjectives after "be" (also "remain"): disapproval (110), scorn (111), dismissal
    # and distrust (120), appreciation (051) and friendliness (050)
    (
        "Kenya is unhappy with Somalia over the border wall.",
        ("Kenya", "criticized", "Somalia"),
        "ACCUSE",
        "110",
    ),
    (
        "Ghana was unhappy with Nigeria after the expulsions.",
        ("Ghana", "criticized", "Nigeria"),
        "ACCUSE",
        "110",
    ),
    (
        "The Saudi government was displeased with Sweden.",
        ("Saudi government", "criticized", "Sweden"),
        "ACCUSE",
        "110",
    ),
    (
        "Morocco is displeased with the European Parliament.",
        ("Morocco", "criticized", "European Parliament"),
        "ACCUSE",
        "110",
    ),
    ("Germany was disappointed with Greece.", ("Germany", "criticized", "Greece"), "ACCUSE", "110"),
    (
        "Uruguay was disappointed with Argentina over the pulp mill.",
        ("Uruguay", "criticized", "Argentina"),
        "ACCUSE",
        "110",
    ),
    (
        "Mexico is disappointed in the United States.",
        ("Mexico", "criticized", "United States"),
        "ACCUSE",
        "110",
    ),
    ("Brazil was disappointed in Paraguay.", ("Brazil", "criticized", "Paraguay"), "ACCUSE", "110"),
    (
        "India is frustrated with Nepal over the blockade.",
        ("India", "criticized", "Nepal"),
        "ACCUSE",
        "110",
    ),
    (
        "Washington is frustrated with Pakistan.",
        ("United States", "criticized", "Pakistan"),
        "ACCUSE",
        "110",
    ),
    (
        "Thailand was annoyed with Cambodia over the temple.",
        ("Thailand", "criticized", "Cambodia"),
        "ACCUSE",
        "110",
    ),
    ("Canada is annoyed with India.", ("Canada", "criticized", "India"), "ACCUSE", "110"),
    (
        "Chile was annoyed at Bolivia over the lawsuit.",
        ("Chile", "criticized", "Bolivia"),
        "ACCUSE",
        "110",
    ),
    ("Peru is annoyed at Ecuador.", ("Peru", "criticized", "Ecuador"), "ACCUSE", "110"),
    (
        "Vietnam was irritated with China over the oil rig.",
        ("Vietnam", "criticized", "China"),
        "ACCUSE",
        "110",
    ),
    ("Norway is irritated with Iceland.", ("Norway", "criticized", "Iceland"), "ACCUSE", "110"),
    ("Armenia is dissatisfied with Russia.", ("Armenia", "criticized", "Russia"), "ACCUSE", "110"),
    (
        "Tajikistan was dissatisfied with Uzbekistan.",
        ("Tajikistan", "criticized", "Uzbekistan"),
        "ACCUSE",
        "110",
    ),
    (
        "Amnesty International was scathing of Bahrain.",
        ("Amnesty International", "criticized", "Bahrain"),
        "ACCUSE",
        "111",
    ),
    (
        "Oxfam was scathing of the World Bank.",
        ("Oxfam", "criticized", "World Bank"),
        "ACCUSE",
        "111",
    ),
    (
        "Amnesty International was scathing about Bahrain.",
        ("Amnesty International", "criticized", "Bahrain"),
        "ACCUSE",
        "111",
    ),
    (
        "Oxfam was scathing about the World Bank.",
        ("Oxfam", "criticized", "World Bank"),
        "ACCUSE",
        "111",
    ),
    (
        "Putin is contemptuous of the European Union.",
        ("Vladimir Putin", "criticized", "European Union"),
        "REJECT",
        "120",
    ),
    (
        "Chavez was contemptuous of Colombia.",
        ("Hugo Chávez", "criticized", "Colombia"),
        "REJECT",
        "120",
    ),
    (
        "Uganda was disdainful of the International Criminal Court.",
        ("Uganda", "criticized", "International Criminal Court"),
        "REJECT",
        "120",
    ),
    (
        "Chavez was disdainful of the United States.",
        ("Hugo Chávez", "criticized", "United States"),
        "REJECT",
        "120",
    ),
    ("Moldova is distrustful of Russia.", ("Moldova", "criticized", "Russia"), "REJECT", "120"),
    (
        "Georgia remains distrustful of Russia.",
        ("Georgia", "criticized", "Russia"),
        "REJECT",
        "120",
    ),
    (
        "Afghanistan is appreciative of Germany for the aid.",
        ("Afghanistan", "supported", "Germany"),
        "SUPPORT",
        "051",
    ),
    ("Liberia was appreciative of Sweden.", ("Liberia", "supported", "Sweden"), "SUPPORT", "051"),
    ("Hungary is friendly to Russia.", ("Hungary", "supported", "Russia"), "SUPPORT", "050"),
    ("Laos is friendly to Vietnam.", ("Laos", "supported", "Vietnam"), "SUPPORT", "050"),
    (
        "Serbia has been friendly towards Russia.",
        ("Serbia", "supported", "Russia"),
        "SUPPORT",
        "050",
    ),
    ("Nicaragua is friendly towards Iran.", ("Nicaragua", "supported", "Iran"), "SUPPORT", "050"),
    ("Belarus is friendly toward China.", ("Belarus", "supported", "China"), "SUPPORT", "050"),
    ("Cambodia is friendly toward China.", ("Cambodia", "supported", "China"), "SUPPORT", "050"),
    (
        "Eritrea remains hostile to Ethiopia.",
        ("Eritrea", "criticized", "Ethiopia"),
        "REJECT",
        "120",
    ),
    (
        "Venezuela is hostile towards Guyana.",
        ("Venezuela", "criticized", "Guyana"),
        "REJECT",
        "120",
    ),
    (
        "Azerbaijan is hostile toward Armenia.",
        ("Azerbaijan", "criticized", "Armenia"),
        "REJECT",
        "120",
    ),
    ("Israel was dismissive of UNESCO.", ("Israel", "criticized", "UNESCO"), "REJECT", "120"),
    ("Syria is sympathetic to Russia.", ("Syria", "supported", "Russia"), "SUPPORT", "051"),
    ("Armenia is sympathetic towards Iran.", ("Armenia", "supported", "Iran"), "SUPPORT", "051"),
    ("Mali is grateful to France.", ("Mali", "supported", "France"), "SUPPORT", "051"),
    (
        "Haiti was grateful to Cuba for the doctors.",
        ("Haiti", "supported", "Cuba"),
        "SUPPORT",
        "051",
    ),
    (
        "Ethiopia is furious with Egypt over the dam.",
        ("Ethiopia", "criticized", "Egypt"),
        "ACCUSE",
        "111",
    ),
    (
        "Ecuador was furious at Colombia over the raid.",
        ("Ecuador", "criticized", "Colombia"),
        "ACCUSE",
        "111",
    ),
    ("Iran is angry with Azerbaijan.", ("Iran", "criticized", "Azerbaijan"), "ACCUSE", "111"),
    (
        "Egypt was angry at Sudan over the border.",
        ("Egypt", "criticized", "Sudan"),
        "ACCUSE",
        "111",
    ),
    (
        "Kiir fumed at Sudan over the oil fees.",
        ("Salva Kiir", "criticized", "Sudan"),
        "ACCUSE",
        "111",
    ),
    # the ousting or ouster of X called for or demanded: a reproach of X (reproaches, 110), no
    # request of X (prec66: the gold codes such calls criticized; the request rows are gone)
    (
        "Sarkozy called for the ousting of Gaddafi.",
        ("Nicolas Sarkozy", "criticized", "Muammar Gaddafi"),
        "ACCUSE",
        "110",
    ),
    (
        "Museveni urged the ousting of Bashir.",
        ("Museveni", "criticized", "Bashir"),
        "ACCUSE",
        "110",
    ),
    (
        "The opposition demanded the ousting of Maduro.",
        ("opposition", "criticized", "Nicolás Maduro"),
        "ACCUSE",
        "110",
    ),
    (
        "Kenyan protesters demanded the ousting of Ruto.",
        ("Kenyan opposition", "criticized", "William Ruto"),
        "ACCUSE",
        "110",
    ),
    (
        "Erdogan called for the ouster of Assad.",
        ("Recep Tayyip Erdogan", "criticized", "Assad"),
        "ACCUSE",
        "110",
    ),
    (
        "Museveni urged the ouster of Bashir.",
        ("Museveni", "criticized", "Bashir"),
        "ACCUSE",
        "110",
    ),
    (
        "Protesters demanded the ouster of Yanukovych.",
        ("Protesters", "criticized", "Viktor Yanukovych"),
        "ACCUSE",
        "110",
    ),
    (
        "Thai students demanded the ouster of Thaksin.",
        ("Thai students", "criticized", "Thaksin Shinawatra"),
        "ACCUSE",
        "110",
    ),
    # gen26: a town pounded (as shelled), support stepped up
    ("Israel pounded Gaza on Tuesday.", ("Israel", "attacked", "Gaza"), "ASSAULT", "194"),
    (
        "Hezbollah pounded Zabadani on Sunday.",
        ("Hezbollah", "attacked", "Zabadani"),
        "ASSAULT",
        "194",
    ),
    (
        "Iran stepped up support for the Houthis in May.",
        ("Iran", "supported", "Houthis"),
        "SUPPORT",
        "050",
    ),
    (
        "Saudi Arabia stepped up support for the Yemeni government.",
        ("Saudi Arabia", "supported", "Yemeni government"),
        "SUPPORT",
        "050",
    ),
]

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_SENT = [
    (
        "Militiamen were accused of raping residents of Bentiu.",
        ("militiamen", "criticized", "residents"),
    ),
    (
        "French troops liberated the hostages held by al-Qaeda.",
        ("French troops", "attacked", "hostages"),
    ),
    ("The court ruled against Germany.", ("court", "requested", "Germany")),
    (
        "The United States sponsored the resolution against Iran.",
        ("United States", "supported", "Iran"),
    ),
    (
        "Cuba is angry at the decision of the United States.",
        ("Cuba", "criticized", "United States"),
    ),
    ("Police cordoned off the area around the Egyptian embassy.", ("police", "coerced", "Egypt")),
]


@pytest.mark.parametrize(("sentence", "triple", "event", "cameo"), SENT)
def test_lexicon_news_triggers_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str, cameo: str
) -> None:
    """Each mined trigger (and each lemma twin) claims its PLOVER type and CAMEO code."""
    claim = event_claim(extract(sentence), *triple, event)
    assert claim.qualifiers.cameo == cameo


@pytest.mark.parametrize(("sentence", "triple"), NOT_SENT)
def test_lexicon_news_triggers_not_claimed(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Raping is no "rap", hostages liberated are not attacked, a court rules without
    courting, a resolution sponsored is no aid, anger at a decision names no side, and a cordon
    around an embassy does not besiege its country."""
    assert not claims_between(extract(sentence), *triple)
