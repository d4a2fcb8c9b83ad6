"""The real-text benchmark's plumbing: manifest, cache check, rebuild and new scores."""

from __future__ import annotations

import json

import pytest

from evaluation import realtext
from evaluation.extraction import score_article, summarise

TEXT = "ارومیه - ایرنا - مدیرکل جهاد کشاورزی گفت: ۲۰ هزار تن سیب صادر شد."


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(realtext, "ROOT", tmp_path)
    monkeypatch.setattr(realtext, "CACHE", tmp_path / ".cache")
    (tmp_path / "dev-a").mkdir()
    entry = {
        "id": "da01",
        "query": "سیب ارومیه صادرات",
        "url": "https://example.ir/news/1",
        "sha256": realtext.sha256(TEXT.encode()),
    }
    (tmp_path / "dev-a" / "manifest.json").write_text(json.dumps([entry]), encoding="utf-8")
    return tmp_path


def test_verify_names_a_missing_text(corpus):
    good, problems = realtext.verify(realtext.manifest("dev"))
    assert good == [] and "not in the cache" in problems[0]


def test_rebuild_writes_only_texts_whose_hash_matches(corpus):
    answers = corpus / "answers.json"
    results = [
        {"url": "https://example.ir/news/1", "excerpt": TEXT + " تغییر"},
        {"url": "https://example.ir/news/1", "excerpt": TEXT},
    ]
    answers.write_text(json.dumps({"results": results}), encoding="utf-8")
    assert realtext.rebuild([answers], realtext.manifest("dev")) == 1
    good, problems = realtext.verify(realtext.manifest("dev"))
    assert [e.id for e in good] == ["da01"] and problems == []


def test_verify_flags_an_altered_text(corpus):
    entry = realtext.manifest("dev")[0]
    entry.path.parent.mkdir(parents=True)
    entry.path.write_text(TEXT + "!", encoding="utf-8")
    good, problems = realtext.verify([entry])
    assert good == [] and "differs" in problems[0]


def test_todo_lists_missing_and_altered_texts_not_intact_ones(corpus):
    entry = realtext.manifest("dev")[0]
    line = "dev-a\tda01\tسیب ارومیه صادرات\thttps://example.ir/news/1"
    assert realtext.todo([entry]) == [line]  # missing
    entry.path.parent.mkdir(parents=True)
    entry.path.write_text(TEXT + "!", encoding="utf-8")
    assert realtext.todo([entry]) == [line]  # altered
    entry.path.write_text(TEXT, encoding="utf-8")
    assert realtext.todo([entry]) == []  # intact


def test_verify_writes_the_todo_file(corpus):
    out = corpus / "todo.tsv"
    assert realtext.main(["verify", "--part", "dev", "--todo", str(out)]) == 1
    assert out.read_text(encoding="utf-8").split("\t")[:2] == ["dev-a", "da01"]


def test_score_without_cache_says_how_to_rebuild(corpus, capsys):
    assert realtext.main(["score", "--part", "dev"]) == 2
    assert "rebuilt from the manifest" in capsys.readouterr().err


def test_accept_roles_and_non_people():
    gold = {
        "seed": "x.txt",
        "provinces": [],
        "figures": [],
        "people": [{"name": "رضا کریمی", "role": "مدیرکل بنادر", "accept_roles": ["مدیرکل"]}],
    }
    record = {
        "people": [
            {"name": "رضا کریمی", "role": "مدیرکل"},
            {"name": "پروانه", "role": None},
        ]
    }
    sc = score_article(gold, record)
    assert (sc.role_ok, sc.non_people) == (1, 1)
    assert summarise([sc])["non_people_per_30_texts"] == 30.0


def test_gold_quotes_come_from_the_cache_not_from_git(corpus):
    (corpus / "dev-a" / "gold.json").write_text(
        json.dumps([{"seed": "da01.txt", "figures": [{"value": 20000, "at": [42, 52]}]}]),
        encoding="utf-8",
    )
    assert "text" not in realtext.gold("dev")[0]["figures"][0]
    entry = realtext.manifest("dev")[0]
    entry.path.parent.mkdir(parents=True)
    entry.path.write_text(TEXT, encoding="utf-8")
    assert realtext.gold("dev")[0]["figures"][0]["text"] == TEXT[42:52]


def test_committed_gold_holds_no_quotes():
    """Third-party words stay out of git: gold figures point into the cache instead."""
    for path in realtext.ROOT.glob("*/gold.json"):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            assert all("text" not in f for f in entry.get("figures", [])), path


def test_a_fact_restated_counts_once_and_accept_values_adds():
    from evaluation.extraction import match_figures

    lead = {"value": 5, "unit": "count", "subject": "industrial_units"}
    slip = {"value": 1000151, "unit": "ton", "accept_values": [1151000]}
    gold = [lead, dict(lead), slip, {"value": 5, "unit": "count", "subject": "mining_units"}]
    pred = [
        {"value": 5, "unit": "count", "subject": "industrial_units"},
        {"value": 1151000, "unit": "ton"},
    ]
    pairs, missed, extra = match_figures(gold, pred)
    # the restated lead is one fact; the slip's meant value is accepted; the same value
    # about another thing is another fact, still owed
    assert (len(pairs), len(extra)) == (2, 0)
    assert [g["subject"] for g in missed] == ["mining_units"]


def test_agreement_counts_each_field_where_the_gold_scores_it() -> None:
    from evaluation.realtext import agreement

    golds = {
        ("heldout7a", "t1.txt"): {
            "figures": [
                {"subject": "exports", "kind": "actual"},
                {"subject": "credit"},  # kind left unscored by the gold
                {"subject": "water", "kind": None},
            ]
        }
    }
    second = [
        {"part": "heldout7a", "seed": "t1.txt", "i": 0, "subject": "exports", "kind": None},
        {"part": "heldout7a", "seed": "t1.txt", "i": 1, "subject": "budget", "kind": "actual"},
        {"part": "heldout7a", "seed": "t1.txt", "i": 2, "subject": "water", "kind": None},
    ]
    out = agreement(second, golds)
    assert out["subject"]["heldout7"][:2] == (3, 2)
    assert out["subject"]["heldout7"][2] == {("credit", "budget"): 1}
    assert out["kind"]["heldout7"][:2] == (2, 1)
    with pytest.raises(ValueError):
        agreement([{"part": "heldout7a", "seed": "t1.txt", "i": 9}], golds)


def test_committed_gold_speaks_the_products_vocabulary():
    """Every committed real-text gold label is one the product can emit: a kind, subject,
    approximation or unit outside it (a qualifier «about» written as a kind) is a miss the
    scores would carry forever. Reads only committed files, so it runs without the cache."""
    problems = [
        line
        for path in sorted(realtext.ROOT.glob("*/gold.json"))
        for line in realtext.gold_problems(
            json.loads(path.read_text(encoding="utf-8")), f"{path.parent.name}/"
        )
    ]
    assert problems == []


@pytest.mark.parametrize(
    ("figure", "iso", "flagged"),
    [
        ({"value": 30000, "unit": "person", "kind": "about", "at": [3, 9]}, "IR-15", "kind"),
        ({"value": 5, "unit": "count", "subject": "jobs", "at": [3, 9]}, "IR-15", "subject"),
        ({"value": 5, "unit": "tonne", "at": [3, 9]}, "IR-15", "unit"),
        ({"value": 5, "unit": "IRT_HEMAT", "at": [3, 9]}, "IR-15", "unit"),
        ({"value": 5, "unit": "ton", "approx": "nearly", "at": [3, 9]}, "IR-15", "approx"),
        ({"value": 5, "unit": "ton", "at": [9, 3]}, "IR-15", "'at'"),
        ({"value": 5, "unit": "ton"}, "IR-15", "'at'"),
        ({"value": 5, "unit": "ton", "at": [3, 9]}, "IR15", "province_iso"),
        ({"value": 5, "unit": None, "at": [3, 9]}, "IR-15", "unit"),
    ],
)
def test_gold_problems_names_each_slip(figure, iso, flagged):
    entry = {"seed": "x01.txt", "province_iso": [iso], "figures": [figure]}
    problems = realtext.gold_problems([entry])
    assert len(problems) == 1 and flagged in problems[0]


def test_gold_problems_names_iso_codes_that_are_not_the_named_provinces():
    """An annotator's mis-looked-up code (Isfahan's code written for Khuzestan)."""
    entry = {"seed": "x01.txt", "provinces": ["خوزستان"], "province_iso": ["IR-10"]}
    problems = realtext.gold_problems([entry])
    assert len(problems) == 1 and "IR-06" in problems[0]
    entry["province_iso"] = ["IR-06"]
    assert realtext.gold_problems([entry]) == []


def test_gold_problems_accepts_a_well_formed_entry():
    figures = [
        {"value": 5, "unit": "ton", "subject": "exports", "kind": "actual", "at": [3, 9]},
        {"value": 2, "unit": "count", "approx": "more_than", "at": [10, 14]},
        {"value": 2295, "unit": None, "optional": True, "at": [20, 30]},
    ]
    entry = {"seed": "x01.txt", "province_iso": ["IR-15"], "figures": figures}
    assert realtext.gold_problems([entry]) == []
