"""Ruby readings are verified character by character against pypinyin's table."""

from __future__ import annotations

import pytest

from zhengben.repair.ruby import find_ruby


@pytest.mark.parametrize(("text", "han", "syllables"), [
    ("協(xié)商", "協", 1),
    ("强调(diào)", "调", 1),
    ("协商(xiéshāng)", "协商", 2),        # unspaced: cut where each piece reads its character
    ("饕餮(tāo tiè)", "饕餮", 2),
    ("字(zi4)", "字", 1),
    ("字（ㄗˋ）", "字", 1),
    ("協xié商", "協", 1),                 # no brackets: <ruby> flattened without <rp>
])
def test_readings_found(text: str, han: str, syllables: int) -> None:
    (match,), _ = find_ruby(text)
    assert (match.han, match.syllables) == (han, syllables)


@pytest.mark.parametrize("text", ["(记者 高峰)", "该报告(2021)", "路透社(Reuters)", "中国(china)", "型号(A320)",
                                  "去café喝咖啡", "他说(ok)"])
def test_ordinary_brackets_are_not_readings(text: str) -> None:
    assert find_ruby(text)[0] == []


@pytest.mark.parametrize(("text", "removed"), [
    ("觀景[jǐng]平臺", "[jǐng]"),
    ("觀景【jǐng】平臺", "【jǐng】"),
    ("公園 (yuán) 昨天", " (yuán) "),        # a space on both sides goes with the bracket
    ("公園 (yuán)", " (yuán)"),
    ("公園(yuán) 昨天", "(yuán)"),           # a space only after may be the publisher's
])
def test_other_brackets_and_converter_spaces(text: str, removed: str) -> None:
    (match,), _ = find_ruby(text)
    assert text[match.start:match.end] == removed


@pytest.mark.parametrize("text", ["公園(yuán]", "公園[yuán)", "公園【yuán)"])
def test_brackets_must_pair(text: str) -> None:
    assert find_ruby(text)[0] == []


def test_a_lesson_cue_counts_only_as_a_label() -> None:
    """本课生字： labels a lesson; a cue word ending a sentence (请读注音) or inside one does not."""
    from zhengben.score.signals import _lesson_label

    assert _lesson_label("本课生字：揠(yà)、苗(miáo)") and _lesson_label("多音字 :长(cháng)")
    assert not _lesson_label("老师：请大家读注音") and not _lesson_label("他说：小学拼音教学将改革")
