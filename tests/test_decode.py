"""Decoding raw page bytes: order of evidence, Chinese supersets, never raising."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from zhengben.readers.decode import Decoded, decode_bytes, normalize_charset

FIXTURES = Path(__file__).parent / "fixtures" / "html"

ZH = "新华社北京5月19日电，中国科学院专家介绍了在轨水生生态研究项目的进展情况。"
ZH_TRAD = "中央氣象署今天表示，颱風外圍環流持續影響台灣，民眾應注意坍方與落石。"


def test_bom_wins_over_everything() -> None:
    data = codecs.BOM_UTF8 + f'<meta charset="gbk">{ZH}'.encode()
    d = decode_bytes(data, http_charset="big5")
    assert (d.encoding, d.source, d.replaced) == ("utf-8", "bom", 0)
    assert d.text.endswith(ZH)


def test_utf16_bom() -> None:
    d = decode_bytes(codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"))
    assert (d.text, d.source) == (ZH, "bom")


def test_http_charset_before_meta() -> None:
    data = f'<meta charset="big5">{ZH}'.encode("gbk")
    d = decode_bytes(data, http_charset="GB2312")
    assert (d.encoding, d.source) == ("gb18030", "http")
    assert ZH in d.text


def test_meta_gb2312_decodes_as_gb18030() -> None:
    # 镕 is GBK but not GB2312: sites that say gb2312 send GBK
    text = "朱镕基" + ZH
    head = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    data = head + text.encode("gbk")
    d = decode_bytes(data)
    assert (d.encoding, d.source, d.replaced) == ("gb18030", "meta", 0)
    assert text in d.text


def test_meta_big5_decodes_as_big5hkscs() -> None:
    data = b'<meta charset="big5">' + ZH_TRAD.encode("big5")
    d = decode_bytes(data)
    assert (d.encoding, d.source) == ("big5hkscs", "meta")
    assert ZH_TRAD in d.text


def test_meta_found_after_long_inline_script() -> None:
    script = b"<script>" + b"var a = 1;" * 2000 + b"</script>"
    data = b"<html><head>" + script + b'<meta charset="gbk">' + ZH.encode("gbk")
    assert decode_bytes(data).source == "meta"


def test_declared_legacy_charset_but_utf8_bytes() -> None:
    data = b'<meta charset="gb2312">' + ZH.encode("utf-8")
    d = decode_bytes(data)
    assert (d.encoding, d.source) == ("utf-8", "utf-8")
    assert ZH in d.text


ZH_TRAD_LONG = ZH_TRAD + "氣象專家說，這個颱風的路徑還有變化，我們會持續觀察，並在必要時發布警報，請民眾不要到海邊活動。"


@pytest.mark.parametrize(("text", "codec", "expected"), [(ZH, "gbk", "gb18030"), (ZH_TRAD_LONG, "big5", "big5hkscs")])
def test_western_label_on_chinese_bytes_gives_way(text: str, codec: str, expected: str) -> None:
    # a server's default ISO-8859-1 header on a GBK or Big5 page: Latin letters would be mojibake
    d = decode_bytes(f"<p>{text}</p>".encode(codec), http_charset="ISO-8859-1")
    assert (d.encoding, d.source, d.replaced) == (expected, "detected", 0)
    assert text in d.text


@pytest.mark.parametrize("label", ["ISO-8859-15", "latin9"])
def test_any_western_label_gives_way(label: str) -> None:
    d = decode_bytes(f"<p>{ZH}</p>".encode("gbk"), http_charset=label)
    assert (d.encoding, d.source) == ("gb18030", "detected")


def test_a_short_gbk_list_under_a_western_label_gives_way() -> None:
    # few frequent characters, but every one common: a product list, not letter pairs
    d = decode_bytes("<ul><li>华为手机报价大全</li><li>小米手机</li></ul>".encode("gbk"), http_charset="ISO-8859-1")
    assert (d.encoding, "华为手机报价大全" in d.text) == ("gb18030", True)


@pytest.mark.parametrize("text", ["<p>Größe café naïve über Straße, déjà vu — très bien. Ærø, São Paulo, Zürich.</p>",
                                  "<p>Ça coûte très cher, à côté de l'hôtel; señor, año, mañana.</p>",
                                  # letter pairs GBK or Big5 would accept (üb, ¡H, ég): review cases
                                  "<p>Die Männer aus Österreich fahren über Brücken für Äpfel</p>",
                                  "<h1>¡Hola Mundo!</h1>", "<title>Stratégie régionale</title>"])
def test_western_label_on_western_text_stays(text: str) -> None:
    d = decode_bytes(text.encode("cp1252"), http_charset="ISO-8859-1")
    assert (d.encoding, d.source, d.text) == ("cp1252", "http", text)


def test_undeclared_utf8() -> None:
    d = decode_bytes(ZH.encode("utf-8"))
    assert d == Decoded(ZH, "utf-8", "utf-8", 0)


@pytest.mark.parametrize(("text", "codec", "expected"), [
    (ZH, "gbk", "gb18030"),
    (ZH_TRAD, "big5", "big5hkscs"),
    (ZH_TRAD, "gbk", "gb18030"),  # traditional characters written in GBK are still GBK
])
def test_detection_of_undeclared_chinese(text: str, codec: str, expected: str) -> None:
    d = decode_bytes(text.encode(codec))
    assert (d.encoding, d.source, d.replaced) == (expected, "detected", 0)
    assert d.text == text


def test_bad_bytes_are_counted_not_raised() -> None:
    data = b'<meta charset="utf-8">' + ZH.encode() + b"\xff\xfe\xfd" + ZH.encode()
    d = decode_bytes(data)
    assert d.replaced == 3
    assert d.text.count("\ufffd") >= 1
    assert d.encoding == "utf-8"


def test_unknown_declared_charset_falls_through() -> None:
    d = decode_bytes(b'<meta charset="x-klingon">' + ZH.encode("gbk"))
    assert d.encoding == "gb18030"
    assert d.source == "detected"


def test_plain_text_mode_ignores_markup_declarations() -> None:
    data = b'<meta charset="big5">' + ZH.encode("gbk")
    assert decode_bytes(data, html=False).source == "detected"


def test_latin_fallback() -> None:
    d = decode_bytes("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".encode("cp1252"))
    assert d.source == "fallback"
    assert d.text == "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e"


@pytest.mark.parametrize("data", [b"", b"\x00" * 10, bytes(range(256)), b"\x81" * 101, b"\xa1" * 3])
def test_never_raises(data: bytes) -> None:
    d = decode_bytes(data, http_charset="nonsense")
    assert isinstance(d.text, str)
    assert d.replaced >= 0


def test_normalize_charset() -> None:
    assert normalize_charset("GBK") == "gb18030"
    assert normalize_charset("x-gbk") == "gb18030"
    assert normalize_charset("Big5-HKSCS") == "big5hkscs"
    assert normalize_charset("UTF8") == "utf-8"
    assert normalize_charset("iso-8859-1") == "cp1252"
    assert normalize_charset(None) is None
    assert normalize_charset("no-such-charset") is None


def test_fixture_encodings() -> None:
    assert decode_bytes((FIXTURES / "news_gbk.html").read_bytes()).encoding == "gb18030"
    big5 = decode_bytes((FIXTURES / "news_big5.html").read_bytes())
    assert (big5.encoding, big5.source, big5.replaced) == ("big5hkscs", "detected", 0)


def test_short_gbk_text_with_a_few_bad_bytes_is_still_gbk() -> None:
    data = "正文内容，测试。".encode("gbk") + b"\xff" + "更多内容。".encode("gbk")
    decoded = decode_bytes(data, html=False)
    assert decoded.encoding == "gb18030" and decoded.source == "detected"
    assert decoded.text.startswith("正文内容，测试。") and decoded.replaced >= 1


@pytest.mark.parametrize(("text", "label", "codec", "expected"), [
    (ZH_TRAD * 3, "gb2312", "big5", "big5hkscs"),   # a template's gb2312 label on a Big5 page
    (ZH * 3, "big5", "gbk", "gb18030"),             # and the other way round
    (ZH * 3, "gb2312", "gbk", "gb18030"),           # a right label stays
    (ZH_TRAD * 3, "big5", "big5", "big5hkscs"),
])
def test_a_wrong_chinese_label_gives_way_to_the_other(text: str, label: str, codec: str, expected: str) -> None:
    d = decode_bytes(f'<meta charset="{label}"><p>{text}</p>'.encode(codec))
    assert d.encoding == expected and text in d.text
