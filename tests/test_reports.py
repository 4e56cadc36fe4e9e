"""Reports: the seed rendered end to end, escaping, strict parameters, failures, stamps.

The seed is rendered once per module (``rendered``); the other tests either reuse
it or run tiny notebooks, so the whole file takes a few kernel starts.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from click.testing import CliRunner
from matplotlib.figure import Figure
from pypdf import PdfReader

from analysis import display, summary
from analysis.cli import main
from analysis.kernels import KernelPool, warm_code
from analysis.parse import parse
from analysis.provenance import package_fingerprint, sha256_file
from analysis.read import article_from_text, read_article
from analysis.rendering import RemoteResourceError, html_to_pdf, remote_references
from analysis.reports import (
    ReportError,
    check_parameters,
    declared_parameters,
    render_report,
    report_outputs,
)
from analysis.stamps import report_stamp, stale_reason
from analysis.stats import sentence_stats, text_stats

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_396a11e332c8e407.txt"
NOTEBOOK = ROOT / "notebooks" / "article.ipynb"
STEM = SEED.stem
HEADLINE = (
    "China, Belarus should jointly guide intl community to adopt correct approach to "
    "democracy, human rights: Xi to Lukashenko"
)
REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//""")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    result = render_report(SEED, out_dir=out, formats=("html", "pdf"))
    assert result.rendered and result.reason == "no previous report"
    assert [p.name for p in result.outputs] == [f"{STEM}.ipynb", f"{STEM}.html", f"{STEM}.pdf"]
    return out


def _tiny_notebook(path: Path, *cells: str) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('article_path: str = "x.txt"\ntop_n: int = 3')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, *(nbformat.v4.new_code_cell(src) for src in cells)]
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i}"
    nb.metadata["kernelspec"] = {
        "name": "analysis-py311",
        "display_name": "a",
        "language": "python",
    }
    nbformat.write(nb, path)
    return path


# --- end to end: the seed -------------------------------------------------------------


def test_html_shows_the_seed_and_its_statistics(rendered: Path) -> None:
    markup = (rendered / f"{STEM}.html").read_text(encoding="utf-8")
    stats = text_stats(parse(read_article(SEED)))
    assert (stats.words, stats.sentences, stats.syllables) == (386, 10, 775)
    assert f"<h1>{HEADLINE}</h1>" in markup
    assert f"<title>{HEADLINE}</title>" in markup
    assert '<th scope="row">Published</th><td>10 Jan 2022, 18:42</td>' in markup
    assert '<th scope="row">Credits</th><td>CFP, VCG</td>' in markup
    assert "386 words in 10 sentences and 10 paragraphs (38.6 words per sentence)." in markup
    assert '<th scope="row">Words</th><td>386</td>' in markup
    assert '<th scope="row">Syllables</th><td>775</td>' in markup
    assert f"{stats.flesch_reading_ease:.2f}" == "-2.20"
    assert "<td>Flesch reading ease</td>" in markup and "<td>-2.20</td>" in markup
    for section in (
        "Text statistics",
        "Longest sentences",
        "Keywords and named actors",
        "Named actors",
        "Key terms in context",
        "Who said what",
        "Sentiment",
        "Who speaks well or ill of whom",
        "Provenance",
    ):
        assert f">{section}<" in markup
    # The summary names both presidents as speakers, and the seed's negative sentence.
    assert "Who speaks: Xi Jinping (" in markup and "Alexander Lukashenko (" in markup
    assert "Most negative sentence" in markup and "external forces interfering" in markup
    # Who speaks ill of whom: Xi Jinping's clause against the external forces.
    assert re.search(r"<td>Xi Jinping</td>\s*<td>external forces</td>\s*<td>-0.68</td>", markup)
    # Three figures, embedded; the code is hidden.
    # 3 statistics figures, top and distinctive terms, actors, speaker shares,
    # the sentiment arc, tone by voice/speaker and toward each target.
    assert markup.count('src="data:image/png;base64,') == 10
    assert "read_article(" not in markup and "jp-InputArea-editor" not in markup
    # Provenance: the input's hash and the package version.
    assert sha256_file(SEED) in markup
    assert '<th scope="row">analysis</th><td>0.1.0</td>' in markup


def test_html_loads_nothing_remote(rendered: Path) -> None:
    markup = (rendered / f"{STEM}.html").read_text(encoding="utf-8")
    assert REMOTE.findall(markup) == []
    assert remote_references(markup) == []
    assert "<script" not in markup.lower()
    assert "cdnjs" not in markup and "mathjax" not in markup.lower()


def test_print_rules_win_over_the_screen_rules(rendered: Path) -> None:
    from weasyprint import HTML

    markup = (rendered / f"{STEM}.html").read_text(encoding="utf-8")
    assert re.search(r'<style[^>]* media="print"', markup)
    # 10 pt text in print (print.css), not the screen's 16 px (report.css): the
    # print rules are in the page, after the screen rules, so they win.
    document = HTML(string=markup).render()
    root = document.pages[0]._page_box.children[0]
    assert root.element_tag == "html"
    assert root.style["font_size"] == pytest.approx(10 * 96 / 72)
    screen = HTML(string=markup, media_type="screen").render()
    assert screen.pages[0]._page_box.children[0].style["font_size"] == pytest.approx(16)


def test_pdf_text_pages_and_numbers(rendered: Path) -> None:
    reader = PdfReader(rendered / f"{STEM}.pdf")
    pages = [page.extract_text() for page in reader.pages]
    text = " ".join(" ".join(pages).split())
    assert 4 <= len(pages) <= 16  # four sections with tables and ten figures
    assert "China, Belarus should jointly guide intl community" in text
    assert "386 words in 10 sentences" in text
    assert "Text statistics" in text and "Provenance" in text
    assert "Who said what" in text and "Alexander Lukashenko" in text
    assert f"1 / {len(pages)}" in pages[0]
    # A4 portrait: 595 x 842 points.
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_executed_notebook_is_kept_without_timings(rendered: Path) -> None:
    nb = nbformat.read(rendered / f"{STEM}.ipynb", as_version=4)
    assert nb.metadata["papermill"]["parameters"] == {
        "article_path": "seeds/000_396a11e332c8e407.txt"
    }
    assert "start_time" not in json.dumps(nb.metadata)
    assert all("execution" not in c.metadata and "papermill" not in c.metadata for c in nb.cells)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert [c["id"] for c in injected] == ["injected-parameters"]


def test_up_to_date_report_is_skipped_quickly(rendered: Path) -> None:
    result = render_report(SEED, out_dir=rendered, formats=("html", "pdf"))
    assert (result.rendered, result.reason) == (False, "up to date")
    assert result.seconds < 1.0


def test_rendering_twice_gives_identical_files(rendered: Path, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in report_outputs(SEED, rendered, ("html", "pdf"))}
    result = render_report(SEED, out_dir=tmp_path, formats=("html", "pdf"), force=True)
    assert result.rendered and result.reason == "forced"
    after = {p.name: p.read_bytes() for p in result.outputs}
    assert after == before


def test_warm_code_imports_and_binds_no_name() -> None:
    namespace: dict[str, object] = {}
    exec(warm_code(["json", "email.message"]), namespace)
    assert list(namespace) == ["__builtins__"]
    assert "email.message" in sys.modules


def test_kernel_pool_spare_renders_the_same_files(rendered: Path, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in report_outputs(SEED, rendered, ("html", "pdf"))}
    with KernelPool(cwd=ROOT, spares=1) as pool:
        pool.refill()
        result = render_report(SEED, out_dir=tmp_path, force=True, kernels=pool)
        assert (pool.used, pool.discarded, pool.spares) == (1, 0, 0)
    # Warm imports leave no trace: same notebook (execution counts), HTML and PDF.
    assert {p.name: p.read_bytes() for p in result.outputs} == before


def test_kernel_pool_discards_a_spare_after_a_source_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with KernelPool(cwd=ROOT, spares=2) as pool:
        pool.refill()
        pool.refill()  # one spare at a time: this one is already on its way
        assert pool.spares == 1
        monkeypatch.setattr("analysis.provenance.package_fingerprint", lambda: "edited")
        assert pool.take() is None
        assert (pool.used, pool.discarded) == (0, 1)
        assert pool.take() is None  # nothing left to take


def test_stale_reasons(rendered: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy"
    shutil.copytree(rendered, out)
    outputs = report_outputs(SEED, out, ("html", "pdf"))
    cache = out / ".cache" / f"{STEM}.json"
    params = {"article_path": "seeds/000_396a11e332c8e407.txt"}
    stamp = report_stamp(SEED, notebook=NOTEBOOK, parameters=params, formats=("html", "pdf"))
    assert stale_reason(cache, stamp, outputs) is None
    assert stale_reason(out / "none.json", stamp, outputs) == "no previous report"
    other = report_stamp(
        SEED, notebook=NOTEBOOK, parameters={**params, "top_n": 3}, formats=("html", "pdf")
    )
    assert stale_reason(cache, other, outputs) == "parameters changed"
    assert stale_reason(cache, {**stamp, "input": "0" * 64}, outputs) == "input changed"
    assert stale_reason(cache, {**stamp, "package_source": "x"}, outputs) == (
        "package source changed"
    )
    outputs[1].write_text("edited", encoding="utf-8")
    assert stale_reason(cache, stamp, outputs) == f"{STEM}.html was modified"
    outputs[2].unlink()
    assert stale_reason(cache, stamp, outputs) == f"{STEM}.html was modified"
    outputs[1].unlink()
    assert stale_reason(cache, stamp, outputs) == f"{STEM}.html is missing"


# --- hostile text and a failing article, through the CLI -------------------------------


def test_cli_escapes_article_markup_and_goes_on_past_a_bad_article(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a_empty.txt").write_text("   \n", encoding="utf-8")
    (articles / "b_hostile.txt").write_text(
        "<script>alert(1)</script> Minister <b>quits</b>\n"
        "Published: Jan 10, 2022 06:42 PM\n\n"
        "The minister said <img src=x onerror=alert(2)> was a test of the page. "
        'He added that "<script>alert(3)</script>" was not.\n',
        encoding="utf-8",
    )
    # A headline and metadata, no body: a report with notes, not a failing chart cell.
    (articles / "c_headline_only.txt").write_text(
        "Big Title Here\nPublished: Jan 10, 2022 06:42 PM\nPhoto: CFP\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["report", str(articles), "--out", str(out), "--format", "html"]
    )
    assert result.exit_code == 1
    assert result.stderr == f"analysis: error: {articles / 'a_empty.txt'}: empty text\n"
    assert not (out / "a_empty.html").exists()

    assert "b_hostile.html" in result.stdout
    markup = (out / "b_hostile.html").read_text(encoding="utf-8")
    for live in ("<script", "<img src=x", "<b>quits"):
        assert live not in markup
    assert (
        "<h1>&lt;script&gt;alert(1)&lt;/script&gt; Minister &lt;b&gt;quits&lt;/b&gt;</h1>" in markup
    )
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=alert(2)&gt;" in markup
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in markup
    assert not (out / "b_hostile.pdf").exists()

    headline_only = (out / "c_headline_only.html").read_text(encoding="utf-8")
    assert "<h1>Big Title Here</h1>" in headline_only
    assert headline_only.count("No body sentences.") == 2


def test_failed_run_keeps_the_previous_report_and_names_the_cell(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    previous = {}
    for path in report_outputs(SEED, out, ("html", "pdf")):
        path.write_text(f"previous {path.suffix}", encoding="utf-8")
        previous[path] = path.read_bytes()
    notebook = _tiny_notebook(
        tmp_path / "fails.ipynb", "x = top_n * 2", "\n# check\nraise RuntimeError(f'boom {x}')"
    )
    with pytest.raises(ReportError) as caught:
        render_report(SEED, out_dir=out, notebook=notebook, parameters={"top_n": 4})
    err = caught.value
    failed = out / ".partial" / f"{STEM}.failed.ipynb"
    assert err.reason == (
        f"notebook cell 2 ('# check') failed: RuntimeError: boom 8 (partial notebook: {failed})"
    )
    assert err.details is not None and "RuntimeError" in err.details
    assert err.partial == failed and failed.is_file()
    assert {p: p.read_bytes() for p in previous} == previous
    assert sorted(p.name for p in (out / ".partial").iterdir()) == [
        f"{STEM}.failed.ipynb",
        f"{STEM}.kernel.log",
    ]
    assert not (out / ".cache" / f"{STEM}.json").exists()


# --- strict parameters -----------------------------------------------------------------


def test_declared_parameters_of_the_article_notebook() -> None:
    assert declared_parameters(NOTEBOOK) == {"article_path": "str", "top_n": "int"}


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            {"top_nn": 5},
            "unknown parameter 'top_nn' (the notebook has: article_path, top_n); "
            "did you mean 'top_n'?",
        ),
        ({"top_n": "5"}, "parameter 'top_n' must be int, not str ('5')"),
        ({"top_n": True}, "parameter 'top_n' must be int, not bool (True)"),
        ({"top_n": 2.5}, "parameter 'top_n' must be int, not float (2.5)"),
        ({"article_path": 3}, "parameter 'article_path' must be str, not int (3)"),
    ],
)
def test_check_parameters_refuses(given: dict[str, object], message: str) -> None:
    declared = {"article_path": "str", "top_n": "int"}
    with pytest.raises(ReportError) as caught:
        check_parameters(given, declared, where="a.txt")
    assert str(caught.value) == f"a.txt: {message}"


def test_check_parameters_accepts_good_values_and_needs_annotations() -> None:
    check_parameters({"article_path": "a.txt", "top_n": 5}, {"article_path": "str", "top_n": "int"})
    check_parameters({"ratio": 1}, {"ratio": "float"})
    with pytest.raises(ReportError, match="no usable type annotation"):
        check_parameters({"top_n": 5}, {"top_n": "None"})


def test_cli_rejects_a_mistyped_parameter_before_running(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["report", str(SEED), "--out", str(tmp_path), "-p", "topn", "5"]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"analysis: error: {SEED}: unknown parameter 'topn' (the notebook has: "
        "article_path, top_n); did you mean 'top_n'?\n"
    )
    assert list(tmp_path.iterdir()) == []
    result = CliRunner().invoke(
        main, ["report", str(SEED), "--out", str(tmp_path), "-p", "top_n", "ten"]
    )
    assert result.exit_code == 1
    assert "parameter 'top_n' must be int, not str ('ten')" in result.stderr
    bad_format = CliRunner().invoke(main, ["report", str(SEED), "--format", "html,docx"])
    assert bad_format.exit_code == 2 and "choose from html, pdf" in bad_format.stderr


def test_article_path_is_not_a_parameter(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="'article_path' is set from the input path"):
        render_report(SEED, out_dir=tmp_path, parameters={"article_path": "x.txt"})


# --- the library pieces ----------------------------------------------------------------


def test_display_helpers_escape_everything() -> None:
    assert display.heading("<b>x</b> & y", level=2).data == "<h2>&lt;b&gt;x&lt;/b&gt; &amp; y</h2>"
    kv = display.key_values({"<k>": "<v>", "n": 1234, "f": 0.5, "none": None}).data
    assert kv == (
        '<table class="key-values"><tbody>'
        '<tr><th scope="row">&lt;k&gt;</th><td>&lt;v&gt;</td></tr>'
        '<tr><th scope="row">n</th><td>1,234</td></tr>'
        '<tr><th scope="row">f</th><td>0.50</td></tr>'
        '<tr><th scope="row">none</th><td>—</td></tr></tbody></table>'
    )
    frame = pd.DataFrame({"<col>": ["<script>x</script>"], "v": [1.23456]})
    table = display.table(frame).data
    assert "&lt;col&gt;" in table and "&lt;script&gt;x&lt;/script&gt;" in table
    assert "<script" not in table and "<td>1.23</td>" in table
    assert display.bullets(["a < b"]).data == '<ul class="findings"><li>a &lt; b</li></ul>'
    with pytest.raises(ValueError, match="level"):
        display.heading("x", level=7)


def test_figure_png_is_deterministic() -> None:
    def make() -> Figure:
        fig = Figure(figsize=(4, 2))
        fig.add_subplot().plot([1, 2, 3], [3, 1, 2])
        return fig

    first, second = display.figure(make()), display.figure(make())
    assert first.data == second.data and first.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert first.width == 384


def test_summary_of_the_seed() -> None:
    doc = parse(read_article(SEED))
    assert summary.title(doc.article) == HEADLINE
    assert summary.overview(doc.article) == {
        "Published": "10 Jan 2022, 18:42",
        "Source": None,
        "Credits": "CFP, VCG",
    }
    longest = summary.longest_sentences(doc, sentence_stats(doc), n=2)
    assert list(longest.columns) == list(summary.LONGEST_SENTENCES_COLUMNS)
    assert longest[["sentence", "words", "polysyllables"]].values.tolist() == [
        [5, 63, 18],
        [6, 55, 15],
    ]
    assert longest["text"][0].startswith("Taking the 30th anniversary of their diplomatic ties")
    body_only = article_from_text("Just a body. Nothing else.", id="dir/note.txt")
    assert summary.title(body_only) == "note"


def test_longest_sentences_ties_keep_text_order() -> None:
    doc = parse(article_from_text("One two three. Four five six. Seven eight.", id="t"))
    frame = summary.longest_sentences(doc, sentence_stats(doc), n=5)
    assert frame[["sentence", "words"]].values.tolist() == [[0, 3], [1, 3], [2, 2]]
    with pytest.raises(ValueError):
        summary.longest_sentences(doc, sentence_stats(doc), n=0)


def test_pdf_refuses_remote_resources(tmp_path: Path) -> None:
    for markup in (
        '<p>x</p><img src="http://127.0.0.1:9/x.png">',
        '<link rel="stylesheet" href="https://127.0.0.1:9/x.css"><p>x</p>',
        '<img src="file:///etc/hostname">',
    ):
        with pytest.raises(RemoteResourceError):
            html_to_pdf(markup, tmp_path / "x.pdf")
    html_to_pdf(
        '<p>ok</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">', tmp_path / "y.pdf"
    )
    assert (tmp_path / "y.pdf").read_bytes().startswith(b"%PDF")


def test_package_fingerprint_follows_file_contents(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "m.pyc").write_bytes(b"cache")
    first = package_fingerprint(tmp_path)
    (tmp_path / "__pycache__" / "m.pyc").write_bytes(b"other cache")
    assert package_fingerprint(tmp_path) == first
    # a rebuild of the compiled extensions and their record changes no report
    (tmp_path / "m.cpython-311-x86_64-linux-gnu.so").write_bytes(b"build 2")
    (tmp_path / "compiled.json").write_text('{"analysis.m": "..."}', encoding="utf-8")
    assert package_fingerprint(tmp_path) == first
    (tmp_path / "data.json").write_text("{}", encoding="utf-8")
    assert package_fingerprint(tmp_path) != first
    (tmp_path / "data.json").unlink()
    (tmp_path / "m.py").write_text("x = 2\n", encoding="utf-8")
    assert package_fingerprint(tmp_path) != first
    assert sha256_file(SEED) == hashlib.sha256(SEED.read_bytes()).hexdigest()


def test_missing_kernel_is_named_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import analysis.reports

    monkeypatch.setattr(analysis.reports, "KERNEL_NAME", "no-such-kernel-for-tests")
    with pytest.raises(ReportError) as caught:
        render_report(SEED, out_dir=tmp_path)
    assert caught.value.reason == (
        "the Jupyter kernel 'no-such-kernel-for-tests' is not installed: run 'make install' "
        "(or: python -m ipykernel install --sys-prefix --name no-such-kernel-for-tests)"
    )
    assert not (tmp_path / f"{STEM}.html").exists()


def test_remote_references_look_at_markup_not_text() -> None:
    assert (
        remote_references(
            '<a href="#x">x</a><img src="data:image/png;base64,AA"><img src=local.png>'
            "<p>src=http://example.com/a.js and url(https://example.com/f.woff)</p>"
        )
        == []
    )
    assert remote_references(
        '<script src="https://cdn.example/require.js"></script>'
        "<link rel=stylesheet href=//cdn.example/a.css>"
        "<style>@import 'http://x.example/b.css'; p { background: url(file:///etc/x) }</style>"
        '<img srcset="a.png 1x, https://x.example/b.png 2x"><a href="javascript:alert(1)">j</a>'
    ) == [
        "src=https://cdn.example/require.js",
        "href=//cdn.example/a.css",
        "url(http://x.example/b.css)",
        "url(file:///etc/x)",
        "srcset=https://x.example/b.png",
        "href=javascript:alert(1)",
    ]


def test_remote_output_fails_the_render_and_keeps_the_previous_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{STEM}.html").write_text("previous", encoding="utf-8")
    notebook = _tiny_notebook(
        tmp_path / "remote.ipynb",
        "from IPython.display import HTML\nHTML('<img src=\"https://example.com/x.png\">')",
    )
    with pytest.raises(ReportError) as caught:
        render_report(SEED, out_dir=out, notebook=notebook, formats=("html",))
    executed = out / ".partial" / f"{STEM}.failed.ipynb"
    assert caught.value.reason == (
        "rendering failed: RemoteResourceError: a report must embed everything, but it "
        f"refers to src=https://example.com/x.png (executed notebook: {executed})"
    )
    assert executed.is_file()
    assert (out / f"{STEM}.html").read_text(encoding="utf-8") == "previous"
    assert not (out / f"{STEM}.ipynb").exists()


def test_cli_names_the_failing_cell_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import analysis.reports

    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    _tiny_notebook(notebooks / "article.ipynb", "1 / 0")
    monkeypatch.setattr(analysis.reports, "notebooks_dir", lambda root=None: notebooks)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["report", str(SEED), "--out", str(out)])
    assert result.exit_code == 1
    failed = out / ".partial" / f"{STEM}.failed.ipynb"
    assert result.stderr == (
        f"analysis: error: {SEED}: notebook cell 1 ('1 / 0') failed: "
        f"ZeroDivisionError: division by zero (partial notebook: {failed})\n"
    )
    assert result.stdout == ""
