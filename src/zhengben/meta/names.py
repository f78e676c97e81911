"""Personal names in bylines: where a glued place ends a name (``王小明北京报道``), and which
two-character surnames let a name run to four characters.

Shared by the text pipeline (``meta.fields``) and the HTML reader (``readers.html_meta``).
"""

from __future__ import annotations

import re

from zhengben.score.vocab import term_forms

__all__ = ["COMPOUND_SURNAMES", "reporter_names", "without_place"]

# a four-character name glued to 報道 is a name only with a two-character surname
COMPOUND_SURNAMES = frozenset({"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐",
                               "慕容", "司徒", "尉迟", "尉遲", "公孙", "公孫", "夏侯", "长孙", "長孫", "宇文", "轩辕",
                               "軒轅", "端木", "独孤", "獨孤", "南宫", "南宮", "西门", "西門", "申屠"})
_REPORTED = re.compile(r"\s*(?:报道|报导|報道|報導)")
_REPORTED_END = re.compile(r"\s*(?:报道|报导|報道|報導)$")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _name_length(name: str) -> bool:
    return 2 <= len(name) <= 3 or (len(name) == 4 and name[:2] in COMPOUND_SURNAMES)


def without_place(names: str) -> str:
    """``names`` without a known place (``rules/places.tsv``) glued to its last name, when what
    is left of that name is a name's length: two or three characters, four with a two-character
    surname.

    >>> without_place("王小明北京"), without_place("张三 李四上海"), without_place("李明大坪")
    ('王小明', '张三 李四', '李明大坪')
    """
    head, _, last = names.rpartition(" ")
    if len(last) < 4:
        return names
    places = term_forms("places", "place")
    for k in range(min(len(last) - 2, 5), 1, -1):
        name = last[:-k]
        if last[-k:] in places and _name_length(name):
            return f"{head} {name}" if head else name
    return names


def reporter_names(value: str, after: str) -> str | None:
    """A byline's name list with the place before ``报道`` left out, when ``after`` (the text
    that follows the value) opens with 报道: ``彭冲 山东冠县`` gives ``彭冲``, ``王小明北京`` gives
    ``王小明``; a glued four-character rest that no known place explains gives None (``李明大坪``:
    which part is the name cannot be told).

    >>> reporter_names("彭冲 山东冠县", "报道"), reporter_names("王小明北京", "报道：")
    ('彭冲', '王小明')
    >>> reporter_names("李明大坪", "报道") is None
    True
    >>> reporter_names("王小明 李四 上海报道", ""), reporter_names("高峰", "")
    ('王小明 李四', '高峰')
    """
    value = value.strip()
    glued = _REPORTED_END.search(value)
    if glued:  # the pattern took 报道 into the value ("王小明 北京报道")
        value, after = value[:glued.start()], glued.group(0) + after
    parts = value.split()
    if not _REPORTED.match(after) or not parts:
        return value
    if len(parts) > 1:
        last = parts[-1]
        if last in term_forms("places", "place") or not _CJK_NAME.fullmatch(last):
            return " ".join(parts[:-1])  # the last word is the place ("彭冲 山东冠县报道")
        return value
    cut = without_place(parts[0])
    if cut != parts[0]:
        return cut
    return cut if len(cut) <= 3 or _name_length(cut) else None
