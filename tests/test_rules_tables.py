"""The rule tables are data with their own tests: shape, ids, and each row's own examples."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from zhengben.config import Config
from zhengben.lines.label import label_line, line_view
from zhengben.meta.dates import all_dates, date_patterns, publication_date
from zhengben.repair.punct import restorable
from zhengben.repair.ruby import find_ruby
from zhengben.rules import compile_pattern, load_table, reasons, table_names
from zhengben.score.spam import is_spam, measure_line

SRC = Path(__file__).resolve().parents[1] / "src" / "zhengben"
CORE_TABLES = ["dates", "edits", "fields", "lines", "places", "punct", "radicals", "regional_outlets", "regional_vocab", "ruby",
               "spam_vocab", "taiwan_phrases", "teaching_cues", "writer_words", "zhu_words"]


def test_every_core_table_loads_sorted_unique_and_headed() -> None:
    names = table_names()
    for name in CORE_TABLES:
        assert name in names
        rows = load_table(name)
        assert rows, name
        text = (SRC / "rules" / f"{name}.tsv").read_text(encoding="utf-8")
        assert text.startswith("# format:"), f"{name}.tsv must open with its header comments"
        for key in ("source", "licence", "used by"):
            assert key in text.split("\nid\t")[0], f"{name}.tsv header must say its {key}"


def test_rule_ids_are_unique_across_tables_and_every_rule_has_a_reason() -> None:
    why = reasons()
    for name in CORE_TABLES:
        for row in load_table(name):
            assert why[row["id"]], f"{row['id']} has no reason"


def test_every_rule_id_named_in_code_exists_in_a_table() -> None:
    why = reasons()
    literal = re.compile(r'"((?:line|script|space|layout|drop|punct|ruby|field|date|entity|glyph|markup|mojibake)\.[a-z0-9_.]+)"')
    for path in SRC.rglob("*.py"):
        for rule in literal.findall(path.read_text(encoding="utf-8")):
            assert rule in why, f"{path.name} names {rule!r}, which no table defines"


LINE_RULES = [r for r in load_table("lines") if r["pattern"] != "-"]


@pytest.mark.parametrize("row", LINE_RULES, ids=[r["id"] for r in LINE_RULES])
def test_line_pattern_rule_examples(row: dict[str, str]) -> None:
    compile_pattern(row["pattern"])
    cfg = Config()
    fmt = row["formats"].split(",")[0]  # (a rule of HTML pages only is tried on their lines)
    assert label_line(line_view(row["example"]), cfg, fmt) == (row["label"], row["id"])
    assert label_line(line_view(row["counterexample"]), cfg, fmt)[1] != row["id"]


def test_structural_line_rules_have_examples() -> None:
    for row in load_table("lines"):
        assert row["label"] and row["reason"], row["id"]
        assert int(row["priority"]) >= 0


@pytest.mark.parametrize("row", load_table("ruby"), ids=lambda r: r["id"])
def test_ruby_rule_examples(row: dict[str, str]) -> None:
    found, _ = find_ruby(row["example"])
    if row["bracket"] == "after-bare":  # found only beside toned bare readings, which the example holds
        assert row["id"] in [m.rule for m in found]
    else:
        assert [m.rule for m in found] == [row["id"]]
    found, _ = find_ruby(row["counterexample"])
    assert found == []


@pytest.mark.parametrize("row", load_table("dates"), ids=lambda r: r["id"])
def test_date_examples(row: dict[str, str]) -> None:
    """Each row reads its example first (text rows through publication_date, as datelines are read)."""
    pattern = dict(date_patterns(row["kind"]))[row["id"]]
    assert pattern.search(row["example"]) and not pattern.search(row["counterexample"])
    if row["kind"] == "text":
        if row["id"] == "date.day_first_dashes_low":  # read only where the region writes the day first
            assert publication_date(row["example"]) is None
            assert [rule for _, rule, _ in all_dates(row["example"], day_first=True)] == [row["id"]]
            return
        found = publication_date(row["example"])
        assert found is not None and found[1] == row["id"]


@pytest.mark.parametrize("row", load_table("fields"), ids=lambda r: r["id"])
def test_field_examples(row: dict[str, str]) -> None:
    pattern = compile_pattern(row["pattern"])
    m = pattern.search(row["example"])
    assert m is not None and m.group("value")
    assert pattern.search(row["counterexample"]) is None


def test_punct_rows_are_width_pairs() -> None:
    for row in load_table("punct"):
        # the converter's form: ASCII, or a full-width form of it (＂)
        assert unicodedata.normalize("NFKC", row["ascii"]).isascii() and not row["full"].isascii()
        assert row["context"] in {"cjk-side", "cjk-before", "pair", "cjk-end", "quote-pair", "cjk-between"}
        if row["context"] in {"cjk-side", "cjk-before", "pair"}:  # one mark to one mark
            assert len(row["ascii"]) == len(row["full"])


@pytest.mark.parametrize("row", load_table("punct"), ids=lambda r: r["id"])
def test_punct_examples(row: dict[str, str]) -> None:
    """On a page already judged mangled, the example gets the row's edit; the counterexample does not."""
    assert row["id"] in {c.rule for c in restorable(row["example"])}
    assert row["id"] not in {c.rule for c in restorable(row["counterexample"])}


def test_spam_vocabulary_is_spam_only() -> None:
    never = ["政府", "共产党", "习近平", "六四", "法轮功", "台独", "民主", "赌博", "色情", "淫秽", "毒品", "警方"]
    rows = load_table("spam_vocab")
    assert {r["category"] for r in rows} <= {"porn", "gambling", "ad"}
    assert {r["weight"] for r in rows} <= {"strong", "weak"}
    terms = {r["term"] for r in rows}
    assert len(terms) == len(rows), "duplicate terms"
    for word in never:
        assert word not in terms, f"{word} is not spam"


def test_spam_line_examples() -> None:
    cfg = Config().spam
    assert is_spam(measure_line("久草日韩精品在线视频,精品国产综合色在线,高清无码一区二区"), cfg)
    assert not is_spam(measure_line("警方捣毁一个传播淫秽视频的网站，抓获嫌疑人12名。"), cfg)
    assert not is_spam(measure_line("这款国产精品手机在线上销量很好，获得了用户好评。"), cfg)


def test_regional_vocabulary_rows() -> None:
    for row in load_table("regional_vocab"):
        assert row["region"] in {"mainland", "mainland_hk", "taiwan", "hongkong", "cantonese"} and row["term"]


def test_regional_outlet_rows_are_names_a_dateline_and_a_site_match() -> None:
    """Each outlet opens a dateline in either script and names a site; a mainland outlet is none."""
    from zhengben.readers.html_meta import site_region
    from zhengben.repair.script import converter
    from zhengben.score.signals import _regional_dateline

    for row in load_table("regional_outlets"):
        assert row["region"] in {"hk", "tw", "mo", "overseas"} and row["name"]
        assert _regional_dateline().search(f"【{row['name']}讯】记者报道"), row["id"]
        title = f"新聞標題 - {converter('s2hk').convert(row['name'])}"
        assert site_region(None, {}, title) is not None, row["id"]
    assert site_region("https://www.news.cn/a.htm", {"og:site_name": "新华网"}, "标题_新华网") is None
    assert site_region(None, {"og:site_name": "人民视频"}, "标题_人民视频") is None


def test_edits_table_kinds() -> None:
    assert {r["kind"] for r in load_table("edits")} <= {"edit", "drop"}


@pytest.mark.parametrize("row", load_table("taiwan_phrases"), ids=lambda r: r["id"])
def test_taiwan_phrase_rows_are_what_s2twp_writes(row: dict[str, str]) -> None:
    """Each Taiwan phrase is what OpenCC s2twp makes of its mainland word (seen through t2s)."""
    from zhengben.repair.script import converter

    assert converter("t2s").convert(converter("s2twp").convert(row["mainland"])) == row["taiwan"]


def test_radical_rows_are_supplement_look_alikes_without_an_equivalent() -> None:
    import unicodedata

    for row in load_table("radicals"):
        glyph, ideograph = row["glyph"], row["ideograph"]
        assert 0x2E80 <= ord(glyph) <= 0x2EF3 and unicodedata.normalize("NFKC", glyph) == glyph, row["id"]
        assert row["id"] == f"glyph.radical.{ord(glyph):04x}" and row["reason"].startswith(unicodedata.name(glyph))
        assert len(ideograph) == 1 and 0x4E00 <= ord(ideograph) <= 0x9FFF, row["id"]


def test_place_rows_are_bare_place_names() -> None:
    """Places are cut from the end of a glued byline name, so a row must be a bare name (no 省/市
    suffix that a byline would not write) of two to five ideographs, of a known kind, listed once."""
    rows = load_table("places")
    assert all(re.fullmatch("[\u4e00-\u9fff]{2,5}", r["place"]) for r in rows)
    assert {r["kind"] for r in rows} == {"province", "city", "taiwan", "hongkong_macao", "abroad"}
    assert len({r["place"] for r in rows}) == len(rows)
    assert all(r["id"].startswith(f"place.{r['kind']}.") for r in rows)


@pytest.mark.parametrize("row", LINE_RULES, ids=[r["id"] for r in LINE_RULES])
def test_prefilter_literals_are_in_every_example(row: dict[str, str]) -> None:
    """The literals rules.prefilter says a line rule needs are in that rule's own example: a
    prefilter that skipped the search there would lose a match."""
    from zhengben.rules.prefilter import required_literals

    need = required_literals(compile_pattern(row["pattern"]))
    assert need is None or any(w in line_view(row["example"]) for w in need), row["id"]


def test_writer_words_hold_a_slip_form_that_no_phrase_table_writes() -> None:
    """Each row is a word whose slip form no OpenCC rendering of its simplified form gives back:
    otherwise converter_slips would not count it and the row would be dead."""
    from zhengben.repair.script import converter
    from zhengben.score.script import _slip_forms

    forms = {c for fs in _slip_forms().values() for c in fs}
    for row in load_table("writer_words"):
        word = row["word"]
        simple = converter("t2s").convert(word)
        assert any(c in forms for c in word), row["id"]
        assert word not in {converter(c).convert(simple) for c in ("s2t", "s2tw", "s2hk", "s2twp")}, row["id"]


def test_mainland_paper_rows_open_a_lead_in_either_script_and_no_outlet_is_regional() -> None:
    """Each paper's 讯 opens a mainland lead, simplified or converted; none is a Taiwan, Hong Kong
    or overseas outlet's name (those pages keep their script)."""
    from zhengben.repair.script import converter, to_simplified
    from zhengben.score.signals import mainland_paper_lead

    regional = {row["name"] for row in load_table("regional_outlets")}
    for row in load_table("mainland_papers"):
        assert row["name"] not in regional, row["id"]
        lead = f"{row['name']}讯（记者 王明）"
        for text in (lead, to_simplified(converter("s2hk").convert(lead))):
            assert mainland_paper_lead().search(text), row["id"]
