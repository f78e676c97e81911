"""Personal names in bylines: where a glued place ends a name (``王小明北京报道``), and which
two-character surnames let a name run to four characters.

Shared by the text pipeline (``meta.fields``) and the HTML reader (``readers.html_meta``).
"""

from __future__ import annotations

import re

from zhengben.score.vocab import term_forms

__all__ = ["COMPOUND_SURNAMES", "SURNAMES", "reporter_names", "without_place"]

# a four-character name glued to 報道 is a name only with a two-character surname
COMPOUND_SURNAMES = frozenset({"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐",
                               "慕容", "司徒", "尉迟", "尉遲", "公孙", "公孫", "夏侯", "长孙", "長孫", "宇文", "轩辕",
                               "軒轅", "端木", "独孤", "獨孤", "南宫", "南宮", "西门", "西門", "申屠"})
# the commonest Chinese surnames (simplified and traditional): a bare name line must start with one
SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭"
    "田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱"
    "江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬"
    "伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂"
    "成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項"
    "连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商"
    "刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺"
)
_REPORTED = re.compile(r"\s*(?:报道|报导|報道|報導)")
_REPORTED_END = re.compile(r"\s*(?:报道|报导|報道|報導)$")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
_NAME_SPLIT = re.compile(r"[\s、，,]+")
# how a story was reported, written where a place would stand: 记者王小明综合报道, 本报记者现场报道
_REPORT_KINDS = ("综合", "綜合", "现场", "現場", "连线", "連線", "专题", "專題", "即时", "即時", "跟踪", "跟蹤", "调查",
                 "調查", "独家", "獨家", "特约", "特約", "前方", "联合", "聯合", "专访", "專訪", "深度")


def _name_length(name: str) -> bool:
    return 2 <= len(name) <= 3 or (len(name) == 4 and name[:2] in COMPOUND_SURNAMES)


def without_place(names: str) -> str:
    """``names`` without a known place (``rules/places.tsv``) glued to its last name, when what
    is left of that name is a name's length: two or three characters, four with a two-character
    surname.

    >>> without_place("王小明北京"), without_place("张三 李四上海"), without_place("李明大坪")
    ('王小明', '张三 李四', '李明大坪')
    >>> without_place("徐乃義台灣桃園")
    '徐乃義'

    """
    head, _, last = names.rpartition(" ")
    if len(last) < 4:
        return names
    places = term_forms("places", "place")
    for k in range(min(len(last) - 2, 5), 1, -1):
        name = last[:-k]
        if last[-k:] in places and _name_length(name):
            return f"{head} {name}" if head else name
    # a country or province before the city (徐乃義台灣桃園: 台灣, then 桃園)
    for k in range(min(len(last) - 4, 3), 1, -1):
        if last[-k:] not in places:
            continue
        rest = last[:-k]
        for j in range(min(len(rest) - 2, 3), 1, -1):
            name = rest[:-j]
            if rest[-j:] in places and _name_length(name):
                return f"{head} {name}" if head else name
    return names


def _without_kind(name: str) -> str:
    """``name`` without a kind of report glued to its end (``王小明綜合``: ``王小明``)."""
    for kind in _REPORT_KINDS:
        if name.endswith(kind) and len(name) - len(kind) >= 2:
            return name[:-len(kind)]
    return name


def reporter_names(value: str, after: str) -> str | None:
    """A byline's name list with what stands before ``报道`` left out, when ``after`` (the text
    that follows the value) opens with 报道: a place or a kind of report, glued to the last name
    or a word of its own. ``彭冲 山东冠县`` gives ``彭冲``, ``王小明北京`` ``王小明``,
    ``王小明、李大華北京`` ``王小明、李大華``; a word set apart that could be a name (a common
    surname, then one or two characters: ``王明 许昌``) stays, as the HTML reader keeps it. None
    when no name is left (``综合``, ``北京``) or a glued four-character rest no known place
    explains (``李明大坪``: which part is the name cannot be told).

    >>> reporter_names("彭冲 山东冠县", "报道"), reporter_names("王小明北京", "报道：")
    ('彭冲', '王小明')
    >>> reporter_names("李明大坪", "报道") is None, reporter_names("綜合", "報道") is None
    (True, True)
    >>> reporter_names("王小明 李四 上海报道", ""), reporter_names("高峰", ""), reporter_names("王明 许昌", "报道")
    ('王小明 李四', '高峰', '王明 许昌')
    """
    value = value.strip()
    glued = _REPORTED_END.search(value)
    if glued:  # the pattern took 报道 into the value ("王小明 北京报道")
        value, after = value[:glued.start()], glued.group(0) + after
    parts = _NAME_SPLIT.split(value)
    if not _REPORTED.match(after) or not value:
        return value
    places = term_forms("places", "place")
    last = parts[-1]
    head = value[:len(value) - len(last)]
    if len(parts) > 1 and head[-1:].isspace():  # a word of its own before 报道
        name_like = _CJK_NAME.fullmatch(last) and last[0] in SURNAMES and last not in _REPORT_KINDS
        if name_like and not (last in places and last[0] not in SURNAMES):
            return value
        return head.rstrip() or None
    cut = without_place(_without_kind(last))
    if cut in places or cut in _REPORT_KINDS or not _name_length(cut):
        return None
    if cut == last and len(cut) == 4 and cut[:2] not in COMPOUND_SURNAMES:
        return None
    return head + cut
