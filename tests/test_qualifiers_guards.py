"""Status guards found on real news: a denial under a modal, a purpose under a future, an
event after "before"/"ahead of" in a present clause. Actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

STATUSES: list[tuple[str, str, str, str, str]] = [
    # (text, subject, predicate, object, status)
    # a denial verb under a modal has not denied anything yet
    ("Ashraf Ghani could stop negotiating with the Taliban.", "Ashraf Ghani",
     "negotiated_with", "Taliban", "hypothetical"),
    ("Kenya may cancel its summit with Somalia.", "Kenya", "met", "Somalia", "hypothetical"),
    # ... while a denial or a negation that is said stays denied
    ("Kenya cancelled its summit with Somalia.", "Kenya", "met", "Somalia", "denied"),
    # a visit delayed or deferred is, like one postponed, not taking place as planned
    ("Uhuru Kenyatta was forced to delay his June 14 visit to Ethiopia.", "Uhuru Kenyatta",
     "visited", "Ethiopia", "denied"),
    ("Uhuru Kenyatta deferred his trip to Ethiopia.", "Uhuru Kenyatta", "visited",
     "Ethiopia", "denied"),
    # talks an infinitive is to bring about are sought, not held; a finite verb tells of them
    ("To facilitate dialogue between the Serbian government and the opposition, three "
     "ministers have resigned.", "Serbian government", "met", "opposition", "proposed"),
    ("Norway is trying to broker talks between the Colombian government and FARC rebels.",
     "Colombian government", "met", "FARC", "proposed"),
    ("Oman facilitated talks between Iran and the United States.", "Iran", "met",
     "United States", "occurred"),
    # ... and a delayed thing beside the event denies nothing of it
    ("Protesters angry over delayed elections attacked the police in Kampala.", "Protesters",
     "attacked", "Ugandan police", "occurred"),
    ("Kenya could not meet Somalia.", "Kenya", "met", "Somalia", "denied"),
    # a purpose is no more real than the future act that serves it
    ("Uhuru Kenyatta confirmed that he will fly to Addis Ababa to meet Hailemariam "
     "Desalegn.", "Hailemariam Desalegn", "met", "Uhuru Kenyatta", "planned"),
    ("Uhuru Kenyatta flew to Addis Ababa to meet Hailemariam Desalegn.",
     "Hailemariam Desalegn", "met", "Uhuru Kenyatta", "occurred"),
    # what forces are deployed to do is their aim
    ("Nigerian troops were deployed to Borno to fight Boko Haram.", "Nigerian troops",
     "attacked", "Boko Haram", "planned"),
    # an event after "before" / "ahead of" in a present or future clause is to come
    ("The ceremony comes a day before Mahmoud Abbas's visit to the Vatican.",
     "Mahmoud Abbas", "visited", "Vatican", "planned"),
    ("The vote comes ahead of Narendra Modi's visit to China.", "Narendra Modi",
     "visited", "China", "planned"),
    ("Idriss Deby met Mahamadou Issoufou before the summit.", "Idriss Deby", "met",
     "Mahamadou Issoufou", "occurred"),
    # a negation or a modal on the verb an event noun is the subject of is about the rest of
    # the clause, unless that verb says whether the event took place
    ("US security assistance to Mexico would not be complete without contracts to American "
     "firms.", "United States", "supported", "Mexico", "occurred"),
    ("The Saudi attack on Saada did not kill anyone.", "Saudi Arabia", "attacked", "Saada",
     "occurred"),
    ("The meeting between Kerry and Lavrov did not take place.", "John Kerry", "met",
     "Sergei Lavrov", "denied"),
    ("Talks between Kenya and Somalia were not held.", "Kenya", "met", "Somalia", "denied"),
    ("The talks between Iran and the US could resume next week.", "Iran", "met",
     "United States", "hypothetical"),
    # what a court tries someone for is a charge, not a deed it has found
    ("Dozens of Egyptian policemen were tried for killing protesters in Cairo.",
     "Egyptian policemen", "attacked", "protesters", "hypothetical"),
    ("Several Nigerian soldiers are on trial for torturing detainees.", "Nigerian soldiers",
     "attacked", "detainees", "hypothetical"),
    ("A Turkish general was indicted for attacking Kurdish villagers.", "Turkish general",
     "attacked", "Kurdish villagers", "hypothetical"),
    ("A Turkish general attacked Kurdish villagers, a court found.", "Turkish general",
     "attacked", "Kurdish villagers", "occurred"),
    # a second gerund the parser hangs on the charging verb is charged all the same
    ("Peter Okello was arrested and charged with organising a militia and then attacking "
     "Ugandan soldiers.", "Peter Okello", "attacked", "Ugandan soldiers", "hypothetical"),
    ("Uganda was accused of arming rebels and attacking Kenya.", "Uganda", "attacked",
     "Kenya", "hypothetical"),
    ("Uganda rejected the proposal and attacked Kenya.", "Uganda", "attacked", "Kenya",
     "occurred"),
    # a past participle that describes a noun by its deed is no part of the clause above
    ("Hamas will not negotiate with Israel or any country involved in attacking Gaza.",
     "Israel", "attacked", "Gaza", "occurred"),
    ("Russia will not arm militias engaged in attacks on Ukraine.", "militias", "attacked",
     "Ukraine", "occurred"),
    ("There is little evidence of Iranian fighters involved in attacking Iraqi Kurds.",
     "Iranian fighters", "attacked", "Kurds", "denied"),
    # litotes: a negated word of hiding over the event affirms it ...
    ("Iran has not hidden its support for the Houthi rebels.", "Iran", "supported",
     "Houthis", "occurred"),
    ("Qatar has made no secret of its support for the Syrian rebels.", "Qatar", "supported",
     "Syrian rebels", "occurred"),
    ("Russia never concealed its military aid to the Syrian government.", "Russia",
     "supported", "Syrian government", "occurred"),
    ("Turkey did not hide its backing for the Free Syrian Army.", "Turkey", "supported",
     "Free Syrian Army", "occurred"),
    ("The Kremlin has not shied away from criticising NATO.", "Russia", "criticized", "NATO",
     "occurred"),
    # ... while a negation on the event's own verb, or on a denial, still denies it
    ("Egypt did not support the Libyan rebels.", "Egypt", "supported", "Libyan rebels",
     "denied"),
    # a given event that a negated verb of talk or inquiry is about took place ...
    ("The Security Council has never referred the killing of protesters by Syrian forces to "
     "the court.", "Syrian forces", "attacked", "protesters", "occurred"),
    ("The government has not investigated the attack by Israeli forces on Gaza.",
     "Israeli forces", "attacked", "Gaza", "occurred"),
    ("Kenya has not commented on the shelling of Kismayo by Somali troops.", "Somali troops",
     "attacked", "Kismayo", "occurred"),
    ("The Security Council has never referred the mass deaths caused by the invasion, nor the "
     "torture of detainees by American soldiers.", "American soldiers", "attacked",
     "detainees", "occurred"),
    # ... while a negated verb that does the event denies it
    ("Syrian forces did not carry out the attack on Homs.", "Syrian forces", "attacked",
     "Homs", "denied"),
    # an infinitive with its own subject after "for" is wanted, allowed or asked for ...
    ("The opposition called for the Houthis to withdraw from Aden.", "Houthis",
     "withdrew_from", "Aden", "proposed"),
    ("France pushed for Lebanese troops to fight Hezbollah near the border.",
     "Lebanese troops", "attacked", "Hezbollah", "proposed"),
    ("Washington gave the green light for Iraqi militias to attack ISIL in Ramadi.",
     "Iraqi militias", "attacked", "Islamic State", "proposed"),
    ("Merkel pressed for Greece to meet its creditors in Brussels.", "Greece", "met",
     "creditors", "proposed"),
    # ... unless the verb above reports it done
    ("It took three days for Nigerian troops to retake Baga from Boko Haram.",
     "Nigerian troops", "attacked", "Baga", "occurred"),
    ("Iraqi troops attacked ISIL in Ramadi, a call for help to the US.", "Iraqi troops",
     "attacked", "Islamic State", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "predicate", "obj", "status"), STATUSES)
def test_qualifiers_status_guards(
    extract: Any, text: str, subject: str, predicate: str, obj: str, status: str
) -> None:
    """Each claim has the status the sentence gives it (either direction for symmetric)."""
    graph = extract(text, published="2015-05-20")
    found = {
        (graph.entities[r.subject].label, graph.entities[r.object].label): r.qualifiers.status
        for r in graph.claims
        if r.predicate.value == predicate and r.object is not None
    }
    got = found.get((subject, obj)) or found.get((obj, subject))
    assert got is not None, found
    assert got.value == status


MODAL_DATES: list[tuple[str, str]] = [
    # (text, date of its one attacked claim; published 2015-05-20)
    ("Israeli troops may have attacked Hamas in April.", "2015-04"),  # a past modal
    ("Israeli troops could attack Hamas in April.", "2016-04"),  # a modal looks ahead
]


@pytest.mark.parametrize(("text", "expected"), MODAL_DATES)
def test_qualifiers_past_modal_date_looks_back(extract: Any, text: str, expected: str) -> None:
    """ "may have attacked ... in April" is last April; "could attack in April", the next."""
    graph = extract(text, published="2015-05-20")
    dates = {r.qualifiers.date for r in graph.claims if r.predicate.value == "attacked"}
    assert dates == {expected}
