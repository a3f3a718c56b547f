"""Paraphrase lists shared by all templates: parties, industries, and their words.

Each example draws one party pair and one industry; templates then speak of ``{A}`` (the
principal), ``{B}`` (the subcontractor), ``{O}`` (the ordering client, 발주자), ``{obj}`` (the
deliverable), ``{work}`` (the work), ``{recv}`` (the day the deliverable is received: the start of
the 60-day payment window, 법 제13조①) and ``{price}`` (the money owed).
"""

from __future__ import annotations

from random import Random

#: (principal, subcontractor) pairs. Pairs that say 발주 are kept apart from templates that
#: also mention the ordering client, so "발주사" and "발주자" never denote different parties at once.
PARTIES: tuple[tuple[str, str], ...] = (
    ("원사업자", "수급사업자"),
    ("원사업자", "수급사업자"),
    ("원사업자", "수급사업자"),
    ("갑", "을"),
    ("갑", "을"),
    ("회사", "협력사"),
    ("회사", "협력사"),
    ("원청", "하청업체"),
    ("원청사", "협력업체"),
    ("위탁기업", "수탁기업"),
    ("도급인", "수급인"),
    ("당사", "협력업체"),
    ("발주사", "공급사"),
    ("발주회사", "공급업체"),
)

CLIENTS: tuple[str, ...] = ("발주자", "발주자", "발주처", "건축주", "원발주자")

INDUSTRIES: dict[str, dict[str, tuple[str, ...]]] = {
    "manufacturing": {
        "obj": (
            "목적물",
            "납품 부품",
            "제품",
            "가공품",
            "금형",
            "사출 부품",
            "브래킷",
            "배선 하네스",
            "기판 조립품",
            "주물 부품",
            "완제품",
            "프레스 부품",
        ),
        "work": ("제조 작업", "생산", "가공 작업", "부품 제작", "조립 작업"),
        "recv": ("목적물 수령일", "납품받은 날", "입고일", "수령한 날", "검수 입고일"),
        "price": ("하도급대금", "납품대금", "대금", "물품대금", "제조대금"),
        "deliver": ("납품", "납입", "인도"),
    },
    "repair": {
        "obj": ("수리 대상 설비", "정비 물품", "수리 완료품", "수리 부품", "보수 장비"),
        "work": ("수리 작업", "정비 작업", "보수 작업", "오버홀 작업"),
        "recv": ("수리품을 인도받은 날", "수령일", "인도일"),
        "price": ("하도급대금", "수리대금", "정비 대금", "대금"),
        "deliver": ("인도", "납품", "반입"),
    },
    "construction": {
        "obj": ("공사 목적물", "시공 부분", "완성 구조물", "하도급 공사 목적물", "시공 완료분"),
        "work": (
            "공사",
            "시공",
            "철근콘크리트 공사",
            "전기공사",
            "도장 공사",
            "설비 공사",
            "토공사",
            "창호 공사",
            "방수 공사",
            "내장 공사",
        ),
        "recv": ("인수일", "준공 인수일", "목적물을 인수한 날", "기성 검사 후 인수한 날"),
        "price": ("하도급대금", "공사대금", "기성금", "하도급 공사대금", "대금"),
        "deliver": ("준공", "인도", "시공 완료"),
    },
    "service_info": {
        "obj": (
            "성과물",
            "소프트웨어",
            "설계 도서",
            "디자인 시안",
            "영상 결과물",
            "프로그램",
            "시스템 모듈",
        ),
        "work": ("개발 용역", "용역", "설계 용역", "디자인 작업", "소프트웨어 개발", "콘텐츠 제작"),
        "recv": ("성과물 수령일", "용역 완료일", "검수 완료 전 성과물을 받은 날", "납품일"),
        "price": ("용역대금", "하도급대금", "개발비", "대금", "용역비"),
        "deliver": ("납품", "제출", "인도"),
    },
    "service_labor": {
        "obj": ("용역", "운송 용역", "경비 용역", "시설 관리 용역", "청소 용역"),
        "work": ("운송 업무", "경비 업무", "시설 유지관리", "청소 업무", "용역 수행", "물류 업무"),
        "recv": ("용역 수행을 마친 날", "용역 완료일", "월 용역 완료일"),
        "price": ("용역대금", "하도급대금", "용역비", "대금", "위탁 수수료"),
        "deliver": ("수행 완료", "완료 보고", "제공"),
    },
}


def context(rng: Random, industry: str, with_client: bool) -> dict[str, str]:
    """Draw the shared slot values for one example of ``industry``."""
    pairs = [p for p in PARTIES if not (with_client and "발주" in p[0])]
    principal, sub = rng.choice(pairs)
    words = INDUSTRIES[industry]
    values = {name: rng.choice(options) for name, options in words.items()}
    values.update(A=principal, B=sub, O=rng.choice(CLIENTS))
    return values
