"""Cue words of the extraction stages (``Stage.cues``): a paragraph stage that declares them
is passed over for a paragraph holding none of them, and that changes no output. Sentences of
our own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

import kg.pipeline_records as records
from kg.api import build_result
from kg.extract import STAGES, ArticleContext, Draft, Paragraph, Stage, run_stages
from kg.extract.stages import stage_cues
from kg.lexicon import Trigger, TriggerIndex, default_lexicon
from kg.resolve.resolver import Resolver
from kg.vocab import Predicate, Status

# one sentence for each stage with cue words, which that stage's rules make a claim or a link
# from (checked below: with its cue words taken away, the output changes)
CUED = [
    (
        "link_titles",
        "Colombia's president Gustavo Petro arrived in Quito on Sunday. "
        "The president met Daniel Noboa on Monday.",
    ),
    (
        "unnamed_envoys",
        "Kenya's foreign minister met the UN envoy for Haiti in Nairobi on Tuesday.",
    ),
    ("supporter_groups", "Imran Khan supporters clashed with police in Lahore on Friday."),
    ("unnamed_members", "A Japanese coast guard pilot warned the Russian crew to turn back."),
    ("affiliates", "Al-Shabaab, an affiliate of al-Qaeda, attacked a base in Somalia."),
    ("accessions", "Javier Milei became president of Argentina in December."),
    ("member_examples", "EU member states such as Croatia backed the plan on Monday."),
    (
        "listed_parts",
        # (a dash aside's lost subject is no longer one: kg.nlp.dashes parses it back)
        "Likud won ten seats. The Unity Front consists of two parties: Ron Dagan's Likud and "
        "Yael Mor's Meretz.",
    ),
    (
        "link_late_titles",
        "Choguel Maiga, the Malian prime minister, arrived in Dakar. "
        "The Malian prime minister criticised France.",
    ),
    (
        "link_late_own_groups",
        "Joseph Kony, the leader of the Lord's Resistance Army, spoke on Monday. "
        "His group attacked the town of Gulu in May.",
    ),
    (
        "capital_of_country",
        "Troops arrived in Kenya. Fighting erupted in Nairobi, the capital, on Monday.",
    ),
    ("place_parts", "Clashes broke out in the Kibera area of Nairobi."),
    ("dateline_places", "Kakuma, Kenya - Refugees queued for water on Monday."),
    (
        "rest_contrasts",
        "Curfews were lifted in Aden but remained in force in the rest of Yemen.",
    ),
    ("owned_sites", "Clashes erupted near Aden's Mualla roundabout."),
    (
        "link_described_refs",
        "Ali Hassan is a nightclub promoter in Beirut. The promoter accused the Lebanese "
        "police of torture.",
    ),
    (
        "link_epithets",
        "Senator Amy Klobuchar spoke in Duluth on Monday. The Minnesota senator criticised "
        "Ted Cruz.",
    ),
    (
        "link_kind_nouns",
        "Qantas Airways grounded its fleet on Saturday. Unions had called a strike. Passengers "
        "were stranded in Sydney. Hotels filled up. The airline criticised the Australian "
        "government on Monday.",
    ),
    ("killings", "In 2004, Marek Zielinski pleaded guilty to killing the journalist Pavel Dostal."),
    ("assaults", "Houthi fighters came under fire from Saudi forces near Aden."),
    ("interactions", "Kenya sanctioned Somalia on Monday."),
    ("decisions", "Maria Lopez appealed the deportation order in a Madrid court."),
    (
        "detached_sides",
        "Fierce fighting broke out in Goma between the M23 and the Congolese army on Sunday.",
    ),
    ("demands", "Chile demanded that Bolivia withdraw its ambassador."),
    (
        "protests",
        "Thousands of Kenyan teachers staged demonstrations to demand pay rises from "
        "President William Ruto's government.",
    ),
    ("permissions", "Turkey allowed Sweden to join NATO."),
    ("joint_acts", "India and Japan held joint naval exercises in the Bay of Bengal."),
    ("refuge", "Uganda hosts a million South Sudanese refugees."),
    ("spoken_visits", "Speaking in Tokyo on Monday, Angela Merkel praised Japan."),
    ("conveyed_visits", "Some 300 Rohingya migrants were brought ashore in Phuket on Friday."),
    ("restorations", "Rwanda helped restore Juvenal Habyarimana to power."),
    ("resistance", "Nigerian troops repelled an offensive by Boko Haram."),
    ("court_idioms", "Greenpeace took the Dutch government to court in 2013."),
    ("challenged_claims", "Amnesty International challenged Nigeria's version of events."),
    ("target_areas", "Saudi jets struck targets in northern Yemen."),
    ("blamed_attacks", "Attacks blamed on the Taliban killed 20 people in Kunduz."),
    ("unnamed_attackers", "The mayor of Cancun, Luis Ortega, was gunned down in Cancun."),
    ("bomb_attackers", "A car bomb killed nine people at a market in Quetta."),
    (
        "bomb_sequels",
        "A car bomb exploded in Kabul, killing four people. The first explosion went off near "
        "the Intercontinental hotel.",
    ),
    ("unnamed_sites", "Ten worshippers were wounded in a mosque in the city of Kirkuk."),
    ("condemned_acts", "The Chilean government immediately condemned the bombings."),
    (
        "nominal_protests",
        "Clashes erupted after a month of protests against President Faure Gnassingbe.",
    ),
    ("attack_clauses", "Chadian troops launched raids that killed three Boko Haram commanders."),
    (
        "agent_frames",
        "Boko Haram has suffered setbacks following a military offensive by Nigeria and Chad.",
    ),
    ("act_agents", "Uruguay denounced the closure of the border by Brazil."),
    ("ultimatums", "Ethiopia will attack Eritrea unless it withdraws its troops."),
    ("choice_threats", "Ghana told Togo to withdraw or face sanctions."),
    ("reproaches", "Norway called on Belarus to release the jailed activists."),
    ("shortfalls", "Kenya said the war would end sooner if it got more support from Uganda."),
    ("holdouts", "Opposition supporters vowed to keep protesting until Joseph Kabila steps down."),
    ("conditions", "Kenya will not accept the deal until Uganda withdraws it."),
    ("urged_acts", "Human Rights Watch urged the ICC to prosecute Omar al-Bashir."),
    ("grievances", "Nicolás Maduro claimed the United States was plotting to oust him."),
    ("objections", "The Arab League proposed a ceasefire in Libya, but Qatar objects."),
    ("exits", "The Five Star Movement wants Italy to leave NATO."),
    ("evaluations", "Hungary said Croatia's decision to open the border violated European rules."),
    ("faults", "Tanzania said Kenya's arrogance had hurt the talks."),
    ("stances", "Ghana and Togo traded accusations on Monday."),
    ("removal_passives", "Syria was suspended from the Arab League in 2011."),
    ("custody_holds", "Belarus is holding Ales Bialiatski in a prison in Minsk."),
    ("custody_nouns", "Pakistani police took Imran Khan into custody in Lahore."),
    ("activity_bans", "Turkey has banned May Day rallies in Taksim Square."),
    ("target_nouns", "Charlie Hebdo was the target of attacks by al-Qaeda."),
    ("backers", "Russian-backed separatists shelled Mariupol on Monday."),
    ("led_groups", "The Arab coalition led by Egypt bombed the rebels."),
    (
        "loyalties",
        "Gunmen loyal to former president Blaise Compaore stormed the radio station.",
    ),
    ("leading_actors", "Kenya leads the East African Community."),
    ("memberships", "Montenegro joined NATO in 2017."),
    (
        "people_from_bodies",
        "Three activists from Greenpeace were arrested by Russian police in Murmansk.",
    ),
    (
        "fellow_members",
        "Somchai Wong and his fellow Red Shirts were arrested by police in Bangkok.",
    ),
    ("other_members", "Police detained Ahmed Said and three other Hamas officials in Gaza."),
    (
        "owned_bodies",
        "Instagram, owned by Facebook, was fined by the European Commission on Monday.",
    ),
    ("state_bodies", "Officers of the Nigerian Immigration Service arrested 20 migrants."),
    (
        "listed_coalitions",
        "The rebels were pushed back by a coalition of Chad, Niger and Cameroon in March.",
    ),
    ("ruled_countries", "Critics compare the crackdown to Vladimir Putin's Russia."),
    ("opposition_leaders", "Opposition leader Kemal Arslan criticised the budget."),
    (
        "combat_frames",
        "Somali troops were locked in combat with al-Shabaab fighters near Kismayo.",
    ),
    ("harm_hands", "Samuel Doe met his death at the hands of Liberian rebels in 1990."),
    (
        "weapon_uses",
        "Amnesty condemned Russia's use of cluster bombs against Ukrainian civilians.",
    ),
    (
        "relative_objects",
        "The Kenyan army, who activists accused of abuses, denied the claims.",
    ),
    ("taken_places", "Kobani, taken by ISIL in October, was retaken in January."),
    (
        "owned_targets",
        "At least 30 Somali civilians trying to flee the fighting in Kismayo died when "
        "al-Shabab fighters fired shells at their boat.",
    ),
    (
        "led_operations",
        "The Arab coalition operation led by Saudi Arabia in Yemen against the Houthis continued.",
    ),
    ("takeovers", "Rebels loyal to Michel Djotodia toppled the government of Francois Bozize."),
    ("raised_passives", "Hezbollah is widely believed to be funded by Iran."),
    ("shared_agents", "The Kurdish fighters are armed and trained by Germany."),
    ("named_targets", "Boko Haram named Chad and Niger as targets."),
    ("bailouts", "Ukraine received an IMF bailout."),
    ("elections", "The Labour Party elected Jeremy Corbyn as leader on Saturday."),
    ("aid_appeals", "The Red Cross is seeking $20m for Haiti."),
    ("ally_examples", "Russia's allies, including Belarus, backed the plan."),
    ("critics_say", "Critics said Kenyatta had failed to tackle corruption."),
    ("accusation_contents", "Ukraine made allegations that Russia had shelled Mariupol."),
    (
        "fallen_places",
        "Al-Shabab has grown stronger in the south. Al-Shabab said its fighters were ready. "
        "The loss of Mogadishu stunned the army. Al-Shabab fighters cheered.",
    ),
    (
        "rescue_objects",
        "Hundreds of migrants reached Lesbos. The Greek coastguard conducted rescue operations.",
    ),
    ("truce_terms", "Israel warned that the truce depended on Hamas abiding by the deal."),
    ("talk_refusals", "The Taliban pulled out of negotiations with the Afghan government."),
    ("convened_meetings", "Qatar hosted a summit of Gulf leaders on Monday."),
    ("meeting_places", "NATO foreign ministers met in Antalya on Wednesday."),
    (
        "unowned_talks",
        "Colombia will hold elections on Sunday. The vote comes amid ongoing peace talks with "
        "the FARC rebels.",
    ),
    ("forced_flights", "The Afghan army recaptured the district, forcing the Taliban to flee."),
    ("help_owners", "With French backing, Chad sent troops to Mali."),
    ("strike_help", "Egyptian air strikes helped the Libyan rebels."),
    ("vessel_pickups", "The Irish naval vessel LE Niamh picked up 300 migrants off Libya."),
    ("advances", "The rapid advance of Boko Haram in Nigeria alarmed Chad."),
    ("comrades", "Hezbollah is fighting alongside the Syrian army in Qalamoun."),
    (
        "reported_owners",
        "Ban Ki-moon arrived in Nairobi on Monday. Spokesman Stephane Dujarric said Ban would "
        "travel to Somalia.",
    ),
    ("stance_roles", "Belarus, a close ally of Russia, hosted the drills."),
    ("counted_staff", "Police in Geneva arrested six senior UEFA officials on Monday."),
    ("link_quoted_we", '"We attacked the army base in Kismayo," al-Shabab said in a statement.'),
    (
        "link_speaker_surnames",
        "Major-General Alassane Ouattara, who was fired by Kabila as intelligence chief in"
        " February, made the announcement at a military barracks, reports said.\n\n"
        "\"Regarding President Kabila's arrogance and defiance of the region, the council"
        ' decides: President Kabila is dismissed, his government is dismissed too," Ouattara'
        " was quoted as saying.",
    ),
    # perf39: the stages cued since (article stages too: skipped for an article without one)
    (
        "listed_roles",
        "Malawi's president swore in his cabinet on Monday. Ministers named: Defence - "
        "Harry Mkandawire; Finance - Sosten Gwengwe.",
    ),
    ("captive_members", "Nigeria freed 30 Boko Haram prisoners on Monday."),
    ("aid_programs", "Sweden suspended a military aid program for Burundi."),
    (
        "link_country_pairs",
        "Ecuador praised Colombia on Monday. The two countries signed a trade deal.",
    ),
    ("link_name_heads", "The Zetas cartel ambushed Mexican soldiers in Tamaulipas on Monday."),
    (
        "link_ruling_parties",
        "The governing Likud won the election. The ruling party criticized the Palestinian "
        "Authority.",
    ),
    (
        "link_own_parties",
        "Angela Merkel's Christian Democrats won the vote.\n\nMerkel's party criticized Russia.",
    ),
    (
        "link_late_own_parties",
        "Jeremy Corbyn, leader of the Labour Party, spoke in London on Monday. His party "
        "criticized Russia.",
    ),
    (
        "link_counted",
        "More than 1,500 migrants reached Lampedusa this week. The Italian coastguard rescued "
        "hundreds on Saturday.",
    ),
    (
        "link_crowds",
        "Thousands of opposition protesters gathered in Lusaka on Friday. Zambian police used "
        "tear gas to disperse the crowd.",
    ),
    (
        "link_former_latter",
        "Talks between Ethiopia and Eritrea collapsed on Monday, with the former accusing "
        "the latter of shelling villages.",
    ),
    ("repressions", "Peru crushed a rebellion by the Shining Path in 1992."),
    (
        "comrade_acts",
        "Nigerian troops alongside Chadian soldiers bombed Boko Haram positions on Friday.",
    ),
    (
        "listed_targets",
        "Kenyan jets bombed al-Shabaab in southern Somalia on Monday. Officials said the "
        "targets included Kismayo and the town of Baidoa.",
    ),
    (
        "event_participants",
        "Ugandan troops attacked al-Shabaab fighters in Somalia on Monday. Kenya condemned "
        "the attack.",
    ),
    (
        "agentless_strikes",
        "Ethiopian warplanes bombed rebel positions in Tigray on Monday. One bomb hit the town "
        "of Adigrat, killing four people.",
    ),
    ("agentless_trials", "In Peru, the trial of the journalist Ana Torres has begun."),
    (
        "release_calls",
        "Kenyan police detained the activist Boniface Mwangi on Monday. Amnesty International "
        "called for his release.",
    ),
]


def _built(nlp: Any, text: str, stages: tuple[Stage, ...], monkeypatch: Any) -> Any:
    """Claims and entity labels of a build whose rules run ``stages``."""
    monkeypatch.setattr(records, "run_stages", lambda ctx, ps, _=None: run_stages(ctx, ps, stages))
    graph = build_result(texts=[text], published="2025-08-08", nlp=nlp).graph
    labels = {k: e.label for k, e in graph.entities.items()}
    claims = sorted(
        (
            labels[r.subject],
            r.predicate.value,
            labels.get(r.object or "", r.object),
            repr(r.qualifiers),
        )
        for r in graph.claims
    )
    return claims, sorted(labels.values())


def test_stages_cues_declared_by_the_stages_this_table_covers() -> None:
    """Every stage with cue words has a sentence in ``CUED`` (and only those)."""
    cued = {s.name for s in STAGES if s.cues is not None}
    assert cued == {name for name, _ in CUED}


@pytest.mark.parametrize(("name", "text"), CUED)
def test_stages_cues_change_no_output(nlp: Any, monkeypatch: Any, name: str, text: str) -> None:
    """A build with cue words writes what a build running every stage on every paragraph
    writes, and the sentence needs the stage (without its cue words the output changes)."""
    plain = tuple(replace(s, cues=None) for s in STAGES)
    blind = tuple(replace(s, cues=lambda lx: ("qqqx",)) if s.name == name else s for s in STAGES)
    gated = _built(nlp, text, STAGES, monkeypatch)
    assert gated == _built(nlp, text, plain, monkeypatch)
    assert gated != _built(nlp, text, blind, monkeypatch)


def _draft(name: str) -> Draft:
    return Draft(name, Predicate.MET, "x", Status.OCCURRED, None, None, None, None, (0, 0), 1.0)


def test_stages_cues_skip_paragraphs_without_them(nlp: Any) -> None:
    """A stage with cue words runs only on paragraphs holding one (as lemma or lower-cased
    form); a stage without runs on every paragraph; an article stage with cue words runs
    when any paragraph of the article holds one, and not when none does."""
    calls: list[str] = []

    def stage(tag: str) -> Any:
        def run(ctx: ArticleContext, para: Any) -> Iterator[Draft]:
            where = para.doc.text if isinstance(para, Paragraph) else "all"
            calls.append(f"{tag}:{where}")
            yield _draft(tag)

        return run

    stages = (
        Stage("cued", stage("cued"), (), ("drafts",), cues=lambda lx: ("sanction", "Embargo")),
        Stage("every", stage("every"), (), ("drafts",)),
        Stage(
            "whole",
            stage("whole"),
            (),
            ("drafts",),
            scope="article",
            pass_=1,
            cues=lambda lx: ("x",),
        ),
        Stage(
            "spread",
            stage("spread"),
            (),
            ("drafts",),
            scope="article",
            pass_=1,
            cues=lambda lx: ("x", "began"),
        ),
    )
    texts = ["Chile sanctioned Peru.", "Peru met Chile.", "An embargo began."]
    paragraphs = [Paragraph(nlp(t), 0) for t in texts]
    lexicon = default_lexicon()
    ctx = ArticleContext(lexicon, Resolver(lexicon), "a1", None)
    drafts = list(run_stages(ctx, paragraphs, stages))
    assert calls == [
        "cued:Chile sanctioned Peru.",
        "every:Chile sanctioned Peru.",
        "every:Peru met Chile.",
        "cued:An embargo began.",
        "every:An embargo began.",
        "spread:all",
    ]
    assert len(drafts) == len(calls)


def test_stages_cues_of_many_stages_each_their_own(nlp: Any) -> None:
    """Stages in two passes that share cue words each run on the paragraphs holding one of
    their own cues, in stage order within a pass; a stage whose cue list is empty never
    runs (a paragraph's cued stages are found once, from the cue words it holds)."""
    calls: list[str] = []

    def stage(tag: str) -> Any:
        def run(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
            calls.append(f"{tag}:{para.doc.text}")
            yield _draft(tag)

        return run

    def cued(tag: str, words: tuple[str, ...], pass_: int = 0) -> Stage:
        return Stage(tag, stage(tag), (), ("drafts",), pass_=pass_, cues=lambda lx: words)

    stages = (
        cued("flood", ("flood", "storm")),
        cued("never", ()),
        cued("storm", ("storm",)),
        Stage("every", stage("every"), (), ("drafts",)),
        cued("late_flood", ("Flood",), pass_=1),
        cued("drought", ("drought", "storm"), pass_=1),
    )
    texts = ["A storm hit Lima.", "Floods reached Quito.", "Bogota met Caracas."]
    paragraphs = [Paragraph(nlp(t), 0) for t in texts]
    lexicon = default_lexicon()
    ctx = ArticleContext(lexicon, Resolver(lexicon), "a1", None)
    drafts = list(run_stages(ctx, paragraphs, stages))
    assert calls == [
        "flood:A storm hit Lima.",
        "storm:A storm hit Lima.",
        "every:A storm hit Lima.",
        "flood:Floods reached Quito.",
        "every:Floods reached Quito.",
        "every:Bogota met Caracas.",
        "drought:A storm hit Lima.",
        "late_flood:Floods reached Quito.",
    ]
    assert [d.subject for d in drafts] == [c.split(":")[0] for c in calls]


def _stage(name: str) -> Stage:
    return next(s for s in STAGES if s.name == name)


def test_stages_cues_follow_a_new_trigger() -> None:
    """A trigger added to the lexicon is a cue word of the stages that read the trigger
    index: no paragraph with only that word is passed over."""
    lexicon = default_lexicon()
    new = Trigger("befriend", "VERB", Predicate.ATTACKED, "190")
    assert "befriend" not in stage_cues(_stage("interactions"), lexicon)  # type: ignore[operator]
    grown = replace(lexicon, triggers=TriggerIndex([*lexicon.triggers, new]))
    for name in ("interactions", "act_agents", "target_areas"):
        assert "befriend" in stage_cues(_stage(name), grown), name  # type: ignore[operator]


@pytest.mark.parametrize(
    ("name", "key", "inner"),
    [
        ("permissions", "allow_verbs", None),
        ("ultimatums", "threat_conditions", None),
        ("refuge", "refuge", "giving_verbs"),
        ("spoken_visits", "spoken_visits", "verbs"),
        ("conveyed_visits", "conveyed_visits", "verbs"),
        ("convened_meetings", "convened_meetings", "verbs"),
        ("meeting_places", "meeting_places", "verbs"),
        ("unowned_talks", "unowned_talks", "nouns"),
        ("restorations", "restorations", "verbs"),
        ("resistance", "resistance", "verbs"),
        ("joint_acts", "joint_acts", "exercise_nouns"),
        ("protests", "protests", "nouns"),
        ("interactions", "aid_arrivals", "verbs"),
        ("reproaches", "reproaches", "verbs"),
        ("evaluations", "evaluations", "wrong_verbs"),
        ("faults", "faults", "nouns"),
        ("reproaches", "reproaches", "speech"),
        ("stances", "reciprocal_nouns", None),
        ("removal_passives", "removal_passives", "verbs"),
        ("custody_holds", "custody_holds", "verbs"),
        ("custody_nouns", "custody_nouns", "nouns"),
        ("activity_bans", "activity_bans", "verbs"),
        ("activity_bans", "activity_bans", "nouns"),
        ("target_nouns", "target_nouns", "nouns"),
        ("relative_objects", "relative_objects", "pronouns"),
        ("taken_places", "taken_places", "verbs"),
        ("owned_targets", "owned_targets", "nouns"),
        ("led_operations", "led_operations", "participles"),
        ("takeovers", "takeovers", "taking_verbs"),
        ("combat_frames", "combat_frames", "fight_nouns"),
        ("harm_hands", "harm_hands", "hands"),
        ("weapon_uses", "weapon_uses", "nouns"),
        ("decisions", "decisions", "nouns"),
        ("choice_threats", "choice_threats", "verbs"),
    ],
)
def test_stages_cues_follow_a_new_cue_word(name: str, key: str, inner: str | None) -> None:
    """A word added to a stage's list in ``cues.json`` is one of its cue words."""
    lexicon = default_lexicon()
    cues = dict(lexicon.cues)
    if inner is None:
        cues[key] = [*cues[key], "Flabbergast"]
    else:
        cues[key] = {**cues[key], inner: [*cues[key][inner], "Flabbergast"]}
    assert "flabbergast" not in stage_cues(_stage(name), lexicon)  # type: ignore[operator]
    assert "flabbergast" in stage_cues(_stage(name), replace(lexicon, cues=cues))  # type: ignore[operator]
