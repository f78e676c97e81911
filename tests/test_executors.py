"""The step contract and the in-memory executor (other executors run the same steps)."""

from __future__ import annotations

from zhengben import Config, Document, Drop, MemoryExecutor, default_pipeline, restore_steps
from zhengben.errors import DecodeError
from zhengben.step import run_steps


class Boom:
    name = "test.boom"

    def __call__(self, doc: Document) -> Document:
        raise DecodeError("bad bytes")


def test_every_step_maps_a_document_to_a_document() -> None:
    doc = Document.from_text("協(xié)商,發展。")
    for step in restore_steps(Config()):
        out = step(doc)
        assert isinstance(out, Document), step.name
        doc = out


def test_empty_documents_are_dropped_with_a_reason_and_counted() -> None:
    out = MemoryExecutor(default_pipeline(Config())).run(
        [Document.from_text("", "a"), Document.from_text("正文内容。", "b"), Document.from_text("首页>要闻", "c")])
    assert [d.id for d in out.kept] == ["b"]
    assert {(d.doc_id, d.reason) for d in out.dropped} == {("a", "drop.empty"), ("c", "drop.empty")}
    assert out.counters["drop:drop.empty"] == 2 and out.counters["docs.in"] == 3


def test_a_record_error_becomes_a_drop_and_the_run_goes_on() -> None:
    out = MemoryExecutor([Boom()]).run([Document.from_text("x", "a"), Document.from_text("y", "b")])
    assert [d.reason for d in out.dropped] == ["error.decode", "error.decode"]


def test_run_steps_stops_at_the_first_drop() -> None:
    class DropAll:
        name = "test.drop"

        def __call__(self, doc: Document) -> Drop:
            return Drop(doc.id, "drop.empty")

    assert isinstance(run_steps([DropAll(), Boom()], Document.from_text("x")), Drop)
