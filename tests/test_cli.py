"""The command line: restore, restore --json, explain, stdin, and clear errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from zhengben.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "mirror-sample.txt"


def test_restore_prints_a_readable_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "城东新图书馆正式开放" in out and "mirror=True" in out and "(" not in out.split("]")[-1]


def test_restore_json_is_the_full_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", "--json", str(SAMPLE)]) == 0
    rec = json.loads(capsys.readouterr().out)
    for key in ("title", "published", "author", "source", "editor", "keywords", "channel", "captions",
                "paragraphs", "text", "verdict", "lines", "edits"):
        assert key in rec
    assert rec["text"] == "\n\n".join(rec["paragraphs"])


def test_explain_shows_labels_rules_and_edits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "--color", "never", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "line.spam.keywords" in out and "ruby.pinyin.marked" in out and "script.hk2s" in out
    assert "\x1b[" not in out


def test_stdin_and_script_option(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    page = "臺北市政府今（2）日宣布，將推動新的公共運輸計畫，市民可透過手機軟體查詢即時資訊。"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode("utf-8"))))
    assert main(["restore", "--script", "hans", "-"]) == 0
    assert "台北市政府" in capsys.readouterr().out


def test_missing_file_and_binary_input_are_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", str(tmp_path / "nope.txt")]) == 2
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    assert main(["restore", str(binary)]) == 2
    assert "binary payload" in capsys.readouterr().err


def test_gbk_and_big5_pages_are_decoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("全市新建学校十二所，居民收入持续提高。".encode("gbk"))
    assert main(["restore", "--json", str(gbk)]) == 0
    assert json.loads(capsys.readouterr().out)["provenance"]["encoding"] == "gb18030"
    big5 = tmp_path / "big5.txt"
    big5.write_bytes("市府表示，相關服務將於年底前上線。".encode("big5"))
    assert main(["restore", "--json", str(big5)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["provenance"]["encoding"] == "big5hkscs" and rec["text"] == "市府表示，相關服務將於年底前上線。"


def test_spam_verdicts_by_default_and_no_spam_spans(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", "--json", str(SAMPLE)]) == 0
    verdict = json.loads(capsys.readouterr().out)["verdict"]
    assert verdict["injected_spam"] is True and isinstance(verdict["keyword_stuffing"], bool)
    assert isinstance(verdict["quality"], float)
    assert main(["restore", "--json", "--no-spam-spans", str(SAMPLE)]) == 0
    verdict = json.loads(capsys.readouterr().out)["verdict"]
    assert verdict["injected_spam"] is True and verdict["keyword_stuffing"] is None  # line spam only


NOT_FOUND = ("<html><head><meta charset='utf-8'><title>404 页面不存在_网易新闻</title></head><body>"
             "<div class='nav'><a href='/'>首页</a><a href='/news'>新闻</a></div>"
             "<div class='error'><h2>404 页面不存在</h2><p>抱歉，您访问的页面不存在或已被删除！</p>"
             "<p>您可以：<a href='/'>返回首页</a>，或者在5秒后自动跳转。</p></div>"
             "<div class='footer'>网易公司版权所有</div></body></html>")


@pytest.mark.parametrize(("page", "reason"), [
    (NOT_FOUND, "line.nav.error_page"),
    ("<html><body><p>兩岸</p><p>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p></body></html>",
     "drop.empty"),
])
def test_a_page_with_no_article_says_so(page: str, reason: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A not-found page or a footer-only list page is not turned into an article: the readable
    output says so with the reason, and the record's verdict names it."""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert main(["restore", str(path)]) == 0
    assert f"[no article: {reason}: " in capsys.readouterr().out
    assert main(["restore", "--json", str(path)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["paragraphs"] == [] and rec["verdict"]["no_article"] == reason
    assert main(["restore", "--json", str(SAMPLE)]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"]["no_article"] is None
