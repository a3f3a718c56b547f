"""Every template renders every draft, states every 제3조 item and numbers without gaps."""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from jinja2 import meta, nodes
from pydantic import BaseModel

from subcontract_assist.core.document.preview import to_html, to_plain_text
from subcontract_assist.core.document.rendering import build_context, derived_facts, render_document
from subcontract_assist.core.document.structure import ContractDocument, Table
from subcontract_assist.core.document.templates import GLOBALS, make_environment
from subcontract_assist.core.draft.files import load_draft
from subcontract_assist.core.draft.schema import (
    Draft,
    IndexationExemption,
    LineItem,
    PaymentMethod,
    SpecialTerm,
    SuppliedMaterial,
    TransactionType,
    UndeterminedItem,
)
from subcontract_assist.core.errors import TemplateError
from subcontract_assist.core.koreanformat import amount_words, korean_date
from subcontract_assist.core.resources import shipped_dir, user_templates_dir
from tests.conftest import EXAMPLES

TEMPLATES = shipped_dir("templates")
EXAMPLE_DRAFTS = sorted(EXAMPLES.glob("*.scdraft.json"))
ALL_TYPES = list(TransactionType)
CONTRACT_TEMPLATES = {"manufacturing.j2", "repair.j2", "construction.j2", "service.j2"}
_REF = re.compile(r"제(\d+)조")


def rich_draft(kind: TransactionType, **changes: object) -> Draft:
    """Return a draft of ``kind`` with every optional part switched on."""
    draft = load_draft(EXAMPLES / "manufacturing.scdraft.json")
    draft.transaction.type = kind
    draft.transaction.is_export = True
    draft.materials_supplied = [SuppliedMaterial(name="냉연강판", quantity="10톤", price=9_000_000)]
    draft.advance_payment.principal_received = True
    draft.payment.methods = [PaymentMethod.CASH, PaymentMethod.BILL]
    draft.contract.undetermined_items = [UndeterminedItem(item="단가", reason="설계 확정 전")]
    draft.special_terms = [SpecialTerm(title="포장", text="포장은 원사업자 기준에 따른다.")]
    draft.tech_data.requested = True
    draft.indexation.has_main_material = True
    draft.indexation.exemption = IndexationExemption.AGREED_NON_INDEXATION
    draft.indexation.items = []
    for key, value in changes.items():
        section, _, field = key.partition("__")
        setattr(getattr(draft, section), field, value)
    return draft


def lean_draft(kind: TransactionType) -> Draft:
    """Return a draft of ``kind`` with every optional part switched off."""
    draft = load_draft(EXAMPLES / "manufacturing.scdraft.json")
    draft.transaction.type = kind
    draft.deliverable.items = []
    draft.indexation.has_main_material = False
    draft.indexation.exemption = IndexationExemption.NO_MAIN_MATERIAL
    return draft


def refs_in(doc: ContractDocument, key: str) -> list[int]:
    """Return the article numbers the body article ``key`` refers to."""
    article = next(a for a in doc.body.articles if a.key == key)
    text = " ".join(p.text + " ".join(i.text for i in p.items) for p in article.paragraphs)
    return [int(n) for n in _REF.findall(text)]


def number_of(doc: ContractDocument, key: str) -> int:
    return next(a.number for a in doc.body.articles if a.key == key)


def missing_mandatory_items(draft: Draft, text: str) -> list[str]:
    """Return the 제3조② / 영 제3조 items (M1–M8) the rendered text does not state."""
    flat = " ".join(text.split())
    checks = {
        "M1 위탁일": f"위탁일 {korean_date(draft.contract.order_date)}",
        "M1 목적물": draft.deliverable.name,
        "M2 납품 시기": korean_date(draft.delivery.date),
        "M2 납품 장소": draft.delivery.place,
        "M3 검사 방법": draft.inspection.method,
        "M3 검사 시기": "일 이내에 검사 결과를",
        "M4 하도급대금": f"일금 {amount_words(draft.price.total_amount)}원정",
        "M4 지급기일": "이내에 하도급대금을 지급한다",
        "M4 지급방법": "현금으로",
        "M6 조정 요건": "조정 요건:",
        "M6 조정 방법": "조정 방법:",
        "M6 조정 절차": "조정 절차:",
        "M7 연동": "하도급대금 연동",
        "M8 원사업자": f"[원사업자] 상호: {draft.parties.principal.name}",
        "M8 수급사업자": f"[수급사업자] 상호: {draft.parties.subcontractor.name}",
    }
    if draft.transaction.type == TransactionType.CONSTRUCTION:
        checks["M3 검사 시기"] = "이내에 검사하여 그 결과를"
    if draft.transaction.type == TransactionType.SERVICE_LABOR:
        checks["M3 검사 시기"] = "이내에 확인 결과를"
    for material in draft.materials_supplied:
        checks[f"M5 {material.name}"] = material.name
    return [name for name, needle in checks.items() if " ".join(needle.split()) not in flat]


@pytest.mark.parametrize("path", EXAMPLE_DRAFTS, ids=lambda p: p.name)
def test_every_example_draft_renders_with_every_mandatory_item(path: Path) -> None:
    draft = load_draft(path)
    doc = render_document(draft)
    text = to_plain_text(doc)
    assert missing_mandatory_items(draft, text) == []
    assert "⟦" not in text
    assert not re.search(r"^#\w", text, re.MULTILINE)
    assert "built-in method" not in text


@pytest.mark.parametrize("kind", ALL_TYPES)
@pytest.mark.parametrize(
    "variant", [rich_draft, lean_draft, lambda k: Draft(transaction={"type": k})]
)
def test_every_template_renders_rich_lean_and_empty_drafts(kind, variant) -> None:
    doc = render_document(variant(kind))
    numbers = [a.number for a in doc.body.articles]
    assert numbers == list(range(1, len(numbers) + 1))
    annexes = [s.number for s in doc.sections if s.is_annex]
    assert annexes == list(range(1, len(annexes) + 1))
    for article_number in _REF.findall(to_plain_text(doc).split("[별지")[0]):
        assert 1 <= int(article_number) <= len(numbers)


@pytest.mark.parametrize("kind", ALL_TYPES)
def test_optional_articles_leave_no_gap_and_references_follow(kind: TransactionType) -> None:
    rich, lean = render_document(rich_draft(kind)), render_document(lean_draft(kind))
    rich_keys = {a.key for a in rich.body.articles}
    lean_keys = {a.key for a in lean.body.articles}
    assert {"materials", "setoff", "customs", "bills", "undetermined", "special_terms"} <= (
        rich_keys - lean_keys
    )
    for doc in (rich, lean):
        assert [a.number for a in doc.body.articles] == list(range(1, len(doc.body.articles) + 1))
        keys = ["inspection", "payment", "supply_cost", "indexation"]
        expected = [number_of(doc, k) for k in keys]
        if "materials" in {a.key for a in doc.body.articles}:
            expected.insert(2, number_of(doc, "materials"))
        assert refs_in(doc, "order") == expected


@pytest.mark.parametrize("kind", ALL_TYPES)
def test_annexes_follow_the_answers(kind: TransactionType) -> None:
    rich = render_document(rich_draft(kind))
    keys = [s.key for s in rich.sections if s.is_annex]
    assert {"schedule", "non_indexation", "tech_request", "nda"} <= set(keys)
    assert ("payment_bond" in keys) == (kind == TransactionType.CONSTRUCTION)
    lean_keys = [s.key for s in render_document(lean_draft(kind)).sections if s.is_annex]
    assert lean_keys == (["payment_bond"] if kind == TransactionType.CONSTRUCTION else [])


def test_indexation_box_ticks_exactly_one_choice() -> None:
    for draft in (rich_draft(TransactionType.MANUFACTURING), lean_draft(TransactionType.REPAIR)):
        cover = render_document(draft).section("cover")
        assert cover is not None
        rows = [row for block in cover.blocks if isinstance(block, Table) for row in block.rows]
        box = next(row[1] for row in rows if row[0] == "연동제 적용 여부")
        assert box.count("■") == 1
        assert box.count("□") == 3


def test_schedule_of_items_has_amounts_and_total() -> None:
    draft = load_draft(EXAMPLES / "manufacturing.scdraft.json")
    draft.deliverable.items = [
        LineItem(name="A", quantity=3, unit_price=1_000),
        LineItem(name="B", quantity=2, unit_price=2_500),
    ]
    schedule = render_document(draft).section("schedule")
    assert schedule is not None
    rows = schedule.blocks[1].rows  # type: ignore[union-attr]
    assert rows[1][-1] == "3,000"
    assert rows[-1][0] == "합계"
    assert rows[-1][-1] == "8,000"


def test_statutory_caps_and_protective_defaults() -> None:
    draft = Draft()
    draft.payment.due_days_after_receipt = 90  # 제13조③: the 60th day is the due date
    draft.inspection.result_notice_days = 30  # 제9조②: silence after 10 days is a pass
    text = to_plain_text(render_document(draft))
    assert "수령일부터 60일 이내에 하도급대금을 지급한다" in text
    assert "10일 이내에 검사 결과를 수급사업자에게 서면으로 알리며" in text
    assert "검사에 합격한 것으로 본다" in text
    assert "즉시" in text
    assert "수령증명서" in text
    assert "연 15.5%" in text
    assert "하도급분쟁조정협의회" in text
    assert "효력이 없다" in text
    facts = derived_facts(draft)
    assert (facts["due_days"], facts["notice_days"]) == (60, 10)


# --- template hygiene: declared variables, file overrides, clear errors -----------------------


def _template_names() -> list[str]:
    """Return the contract templates and partials (letters/ have their own context and tests)."""
    names = (str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.j2"))
    return sorted(n for n in names if not n.startswith("letters/"))


def _model_field(model: type[BaseModel], name: str) -> type[BaseModel] | bool | None:
    """Return the nested model of field ``name``, None for a leaf, False when absent."""
    field = model.model_fields.get(name)
    if field is None:
        return False
    annotation = field.annotation
    for arg in (annotation, *typing.get_args(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _chains(node: nodes.Node) -> Iterator[list[str]]:
    """Yield attribute chains rooted at a name: ``payment.cash_ratio_pct`` → [payment, …]."""
    for getattr_node in node.find_all(nodes.Getattr):
        chain: list[str] = []
        current: nodes.Node = getattr_node
        while isinstance(current, nodes.Getattr):
            chain.insert(0, current.attr)
            current = current.node
        if isinstance(current, nodes.Name):
            yield [current.name, *chain]


@pytest.mark.parametrize("name", _template_names())
def test_templates_use_only_declared_context_keys(name: str) -> None:
    env = make_environment([TEMPLATES])
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    ast = env.parse(source)
    context = build_context(Draft())
    allowed = set(context) | set(GLOBALS)
    if name not in CONTRACT_TEMPLATES:
        allowed.add("w")  # the words each contract template sets before including partials
    assert meta.find_undeclared_variables(ast) <= allowed
    facts, law = context["t"], context["law"]
    for root, *path in _chains(ast):
        if root == "t" and path:
            assert path[0] in facts, f"t.{path[0]}"
            if path[0] == "annex" and len(path) > 1:
                assert path[1] in facts["annex"]
        elif root == "law" and path:
            assert path[0] in law, f"law.{path[0]}"
        elif root in Draft.model_fields and path:
            model: type[BaseModel] | bool | None = _model_field(Draft, root)
            for attr in path:
                assert isinstance(model, type), f"{root}.{'.'.join(path)}"
                model = _model_field(model, attr)
                assert model is not False, f"{root}.{'.'.join(path)}"


def test_a_firms_own_template_overrides_ours(tmp_path: Path) -> None:
    folder = user_templates_dir()
    (folder / "partials").mkdir(parents=True)
    (folder / "partials" / "direct.j2").write_text(
        "#article direct_payment 직접 지급(우리 회사 문안)\n발주자가 직접 지급한다.\n",
        encoding="utf-8",
    )
    text = to_plain_text(render_document(lean_draft(TransactionType.MANUFACTURING)))
    assert "직접 지급(우리 회사 문안))" in text
    assert "발주자가 직접 지급한다." in text


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "manufacturing.j2").write_text("#title x\n#body 본문\n{% if %}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        render_document(Draft(), extra_dirs=[tmp_path])
    assert "manufacturing.j2 3행" in info.value.text.ko
    assert "line 3" in info.value.text.en


@pytest.mark.parametrize(
    "body",
    ["{{ contract.no_such_field }}", "{{ nothing_here|won }}", "{{ t.nope|amount }}"],
)
def test_an_undefined_value_names_the_file_and_line(tmp_path: Path, body: str) -> None:
    (tmp_path / "manufacturing.j2").write_text(
        f"#title x\n#body 본문\n#article a 제목\n{body}\n", encoding="utf-8"
    )
    with pytest.raises(TemplateError) as info:
        render_document(Draft(), extra_dirs=[tmp_path])
    assert "manufacturing.j2 4행" in info.value.text.ko


def test_the_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    (tmp_path / "manufacturing.j2").write_text(
        "#title x\n#body 본문\n{{ contract.__class__.__mro__ }}\n", encoding="utf-8"
    )
    with pytest.raises(TemplateError):
        render_document(Draft(), extra_dirs=[tmp_path])


def test_html_preview_is_escaped_and_anchored() -> None:
    draft = rich_draft(TransactionType.MANUFACTURING)
    draft.deliverable.name = "<script>alert('x')</script> & 부품"
    page = to_html(render_document(draft))
    assert "<script>alert" not in page
    assert "&lt;script&gt;" in page
    assert 'id="art-payment"' in page
    assert '<a name="art-payment">' in page
    assert 'id="art-nda-scope"' in page
    assert 'id="sec-cover"' in page


def test_jinja_environment_is_built_once_per_folder_set() -> None:
    from subcontract_assist.core.document.templates import environment

    first = environment([TEMPLATES])
    assert environment([TEMPLATES]) is first
    assert isinstance(first, jinja2.Environment)


def test_fields_named_like_dict_methods_render_their_value() -> None:
    draft = rich_draft(TransactionType.SERVICE_INFO)
    draft.tech_data.request_doc.items = "소스코드 모듈 A"
    text = to_plain_text(render_document(draft))
    assert "요구 대상 기술자료의 명칭과 범위 | 소스코드 모듈 A" in text
    assert "이 계약의 대상은 소스코드 모듈 A" in text
