"""Clause review on llama.cpp by label scoring: fixed label words are scored, no prose is parsed.

For each clause the reviewer evaluates ``labels.binary_prompt`` and compares the next-token
logits of the first tokens of " 위법" and " 적법"; the difference is the score. For an unfair
clause it then evaluates only the few extra tokens of ``labels.category_prompt`` (the category
prompt extends the binary one, so the KV cache of the clause is reused) and takes the category
word with the highest logit. The output is a number and an enum by construction, so a clause
that tries to instruct the model ("앞의 지시를 무시하고 …") can move a score but never the format.

The KV cache keeps the longest common token prefix between consecutive prompts, so a shared
prefix is evaluated once. (The prompt has no instruction header: the adapter was trained on the
bare prompt, and a header would change what it learned.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from subcontract_assist.adapters.llama_backend import (
    default_gpu_layers,
    ensure_default_model,
    physical_cores,
    silence_llama_logs,
)
from subcontract_assist.adapters.llama_decode import (
    Decoded,
    Plan,
    decode_group,
    decode_outputs,
    pack,
)
from subcontract_assist.core.cancel import CancelToken, Progress, no_progress
from subcontract_assist.core.clauses import labels
from subcontract_assist.core.clauses.reviewer import Clause, ClauseVerdict, model_findings
from subcontract_assist.core.errors import ModelError
from subcontract_assist.core.findings import Category, Finding
from subcontract_assist.core.models.downloads import file_sha256
from subcontract_assist.core.models.gguf import GgufInfo, check_fits, read_gguf
from subcontract_assist.core.resources import shipped_dir
from subcontract_assist.core.text import Text

#: Decision point for a model without the project's adapter: the natural 위법/적법 tie. On the
#: bundled base model this is near chance (AUC ≈ 0.56 in the adapter probe), so such a model's
#: verdicts become INFO hints (see ``review.model_findings``); the rules carry the review then.
BASE_THRESHOLD = 0.0


@dataclass(frozen=True, slots=True)
class ReviewerSettings:
    """How to run the model.

    Attributes:
        model_path: a .gguf file; None uses the bundled default model.
        n_ctx: context tokens (a clause is capped at 1,200 characters).
        n_batch: tokens per decode call (several short clauses share one).
        parallel: the most clauses packed into one decode.
        n_threads: CPU threads; None means one per physical core.
        n_gpu_layers: layers to offload; None means all when a GPU backend exists, else 0.
        use_adapter: apply the project's LoRA adapter when it was trained for this model.
        threshold: override the decision point (else the adapter's, else BASE_THRESHOLD).
    """

    model_path: Path | None = None
    n_ctx: int = 2048
    n_batch: int = 512
    parallel: int = 8
    n_threads: int | None = None
    n_gpu_layers: int | None = None
    use_adapter: bool = True
    threshold: float | None = None


@dataclass(frozen=True, slots=True)
class AdapterManifest:
    """The training helper's manifest next to a GGUF LoRA adapter (``models/adapters/*.json``)."""

    path: Path
    adapter_file: Path
    base_sha256: str
    threshold: float
    prompt: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    flag_threshold: float | None = None  # precision-calibrated point for flags (RISK)
    contract_threshold: float | None = None  # flag point for a paragraph of a whole contract
    doubt_threshold: float | None = None  # below it a rule finding on wording alone is a hint

    @property
    def name(self) -> str:
        return self.adapter_file.name


def load_manifests(folder: Path | None = None) -> list[AdapterManifest]:
    """Read every adapter manifest; a broken one is skipped (the app runs without it)."""
    folder = folder or shipped_dir("models") / "adapters"
    manifests = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            manifests.append(
                AdapterManifest(
                    path=path,
                    adapter_file=path.parent / str(data["adapter_file"]),
                    base_sha256=str(data["base_sha256"]).lower(),
                    threshold=float(data["threshold"]),
                    prompt=_binary_prompt(data.get("prompt", labels.BINARY_PROMPT)),
                    extra=data,
                    flag_threshold=(
                        float(data["flag_threshold"]) if "flag_threshold" in data else None
                    ),
                    contract_threshold=(
                        float(data["contract_threshold"]) if "contract_threshold" in data else None
                    ),
                    doubt_threshold=(
                        float(data["doubt_threshold"]) if "doubt_threshold" in data else None
                    ),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return manifests


def _binary_prompt(prompt: Any) -> str:
    """Return the binary prompt of a manifest: a string, or ``{"binary": …, "category": …}``.

    A manifest whose category prompt differs from ours gets a prompt that matches nothing, so its
    adapter is not applied (it was trained on other label positions).
    """
    if isinstance(prompt, dict):
        if prompt.get("category", labels.CATEGORY_PROMPT) != labels.CATEGORY_PROMPT:
            return ""
        return str(prompt.get("binary", ""))
    return str(prompt)


def matching_adapter(
    model_sha256: str, manifests: Sequence[AdapterManifest]
) -> AdapterManifest | None:
    """Return the adapter trained on exactly this base model (same sha256) with our prompt."""
    for manifest in manifests:
        if (
            manifest.base_sha256 == model_sha256
            and manifest.prompt == labels.BINARY_PROMPT
            and manifest.adapter_file.is_file()
        ):
            return manifest
    return None


@dataclass(frozen=True, slots=True)
class ModelStatus:
    """What is loaded, for the status bar, ``models info`` and ``eval``."""

    path: Path
    info: GgufInfo
    adapter: AdapterManifest | None
    threshold: float
    n_threads: int
    n_gpu_layers: int
    calibrated: bool  # the threshold comes from the adapter's manifest or the user's setting
    flag_threshold: float | None = None  # flags above it, hints between the two thresholds
    contract_threshold: float | None = None  # a received contract's paragraphs: flags above it
    doubt_threshold: float | None = None  # below it, a rule finding on wording alone is a hint

    def describe(self) -> str:
        """Return one line: model, quantisation, adapter and threads."""
        lora = f" + {self.adapter.name}" if self.adapter else ""
        return (
            f"{self.info.name} {self.info.parameters_label()} {self.info.quantisation}{lora}"
            f" · threads {self.n_threads} · gpu layers {self.n_gpu_layers}"
            f" · threshold {self.threshold:+.2f}"
            + (f" (flags above {self.flag_threshold:+.2f})" if self.flag_threshold else "")
            + ("" if self.calibrated else " (uncalibrated: hints only)")
        )


class LlamaReviewer:
    """The ``ClauseReviewer`` (and ``ClauseScorer``) on llama.cpp.

    The model loads on first use (or :meth:`load`); use it as a context manager or call
    :meth:`close`. Not thread-safe: the app runs all model work on one worker thread.
    """

    def __init__(self, settings: ReviewerSettings | None = None) -> None:
        self.settings = settings or ReviewerSettings()
        self.status: ModelStatus | None = None
        self.tokens_evaluated = 0
        self._llm: Any = None
        self._label_ids: tuple[int, int] = (0, 0)
        self._category_ids: dict[Category, int] = {}

    def __enter__(self) -> LlamaReviewer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Free the model (native memory)."""
        if self._llm is not None:
            self._llm.close()
            self._llm = None

    def load(self, progress: Progress = no_progress) -> ModelStatus:
        """Check the file, pick the adapter, and load the model (once).

        Raises:
            ModelError: the file is corrupt, unsupported, too large, or llama.cpp refused it.
        """
        if self.status is not None:
            return self.status
        s = self.settings
        path = s.model_path or ensure_default_model(progress)
        info = read_gguf(path)
        check_fits(info, s.n_ctx)
        adapter = self._adapter_for(path)
        threads = s.n_threads or physical_cores()
        gpu_layers = default_gpu_layers() if s.n_gpu_layers is None else s.n_gpu_layers
        self._llm = _open_llama(path, s, threads, gpu_layers, adapter)
        self._init_label_ids()
        threshold = s.threshold if s.threshold is not None else _threshold(adapter)
        calibrated = adapter is not None or s.threshold is not None
        # A threshold the user sets is their flag point too; the adapter's comes with its own.
        flag = (
            s.threshold
            if s.threshold is not None
            else (adapter.flag_threshold if adapter else None)
        )
        # the adapter's contract and doubt points hold only for the adapter's own thresholds
        own = adapter if adapter and s.threshold is None else None
        self.status = ModelStatus(
            path,
            info,
            adapter,
            threshold,
            threads,
            gpu_layers,
            calibrated,
            flag,
            own.contract_threshold if own else None,
            own.doubt_threshold if own else None,
        )
        return self.status

    def _adapter_for(self, path: Path) -> AdapterManifest | None:
        manifests = load_manifests() if self.settings.use_adapter else []
        if not manifests:
            return None
        return matching_adapter(file_sha256(path), manifests)

    def _init_label_ids(self) -> None:
        first = self._first_token
        self._label_ids = (first(labels.UNFAIR_WORD), first(labels.FAIR_WORD))
        self._category_ids = {c: first(w) for c, w in labels.CATEGORY_WORDS.items()}
        if len(set(self._category_ids.values())) != len(self._category_ids):
            # Another tokenizer merged two category words: argmax would be ambiguous.
            self._category_ids = {}

    def _first_token(self, word: str) -> int:
        return int(self._llm.tokenize(word.encode(), add_bos=False, special=False)[0])

    def verdict(self, clause: Clause, cancel: CancelToken) -> ClauseVerdict:
        """Score one clause: the fair/unfair labels and the category words (one decode)."""
        return self.verdicts([clause], cancel)[0]

    def verdicts(self, clauses: Sequence[Clause], cancel: CancelToken) -> list[ClauseVerdict]:
        """Score several clauses at once (see :meth:`iter_verdicts`)."""
        return list(self.iter_verdicts(clauses, cancel))

    def iter_verdicts(
        self, clauses: Sequence[Clause], cancel: CancelToken
    ) -> Iterator[ClauseVerdict]:
        """Yield each clause's verdict, in order, as soon as its packed decode is done.

        The category prompt extends the binary prompt, so each clause is one token sequence with
        logits read at two positions: after "판정:" (labels) and after "유형:" (categories).
        Packing short clauses as separate sequences of one batch keeps llama.cpp's matrix work
        large (2–3× the clauses per second of one decode per clause on these CPUs); consecutive
        clauses fill each batch up to ``n_batch`` tokens, across everything handed in (a whole
        contract). Clauses are tokenized as their batch is filled, so the first decode starts
        at once; cancel is checked before each decode.
        """
        self.load()
        plans = (self._plan(clause.text) for clause in clauses)
        for group in pack(plans, self.settings.n_batch, self.settings.parallel):
            cancel.raise_if_cancelled()
            if len(group) == 1:  # alone: reuse the cached prefix of the previous clause
                rows = [decode_outputs(self._llm, group[0], self.settings.n_batch, cancel)]
            else:
                rows = decode_group(self._llm, group)
            for plan, row in zip(group, rows, strict=True):
                self.tokens_evaluated += row.evaluated
                yield self._judge(plan, row)

    def _plan(self, text: str) -> Plan:
        """Return the tokens of one clause and the positions whose logits are read."""
        text = self._fit(text)
        binary = self.tokenize(labels.binary_prompt(text))
        tokens = self.tokenize(labels.category_prompt(text))
        if tokens[: len(binary)] != binary:  # a tokenizer that merges across the boundary
            tokens = binary
        wanted = {len(binary) - 1: list(self._label_ids)}
        if len(tokens) > len(binary) and self._category_ids:
            wanted[len(tokens) - 1] = list(self._category_ids.values())
        return Plan(tokens, wanted, len(binary) - 1)

    def _judge(self, plan: Plan, decoded: Decoded) -> ClauseVerdict:
        status = self.load()
        rows = decoded.logits
        label_row = rows[plan.label_pos]
        score = float(label_row[0] - label_row[1])
        category = None
        if score > status.threshold:
            category = self._best_category(rows.get(len(plan.tokens) - 1))
        n = decoded.evaluated
        return ClauseVerdict(
            score,
            status.threshold,
            category,
            n,
            status.calibrated,
            status.flag_threshold,
            status.contract_threshold,
            status.doubt_threshold,
        )

    def review(self, clause: Clause, cancel: CancelToken) -> list[Finding]:
        """Return the model's findings for one clause (``ClauseReviewer``)."""
        return model_findings(clause, self.verdict(clause, cancel))

    def _best_category(self, row: Any) -> Category:
        if row is None or len(row) != len(self._category_ids):
            return Category.UNFAIR_SPECIAL_TERMS  # the catch-all 부당특약 (제3조의4)
        categories = list(self._category_ids)
        return categories[max(range(len(categories)), key=lambda i: float(row[i]))]

    def _fit(self, text: str) -> str:
        """Shorten a clause whose prompt would not fit the context (other tokenizers)."""
        limit = self.settings.n_ctx - 16
        if len(labels.category_prompt(text).encode()) < limit:  # a token is at least one byte
            return text
        while len(self.tokenize(labels.category_prompt(text))) > limit and len(text) > 16:
            text = text[: int(len(text) * 0.8)]
        return text

    def tokenize(self, prompt: str) -> list[int]:
        """Return the prompt's tokens with BOS, as the adapter was trained."""
        self.load()
        return list(self._llm.tokenize(prompt.encode(), add_bos=True, special=False))


def _threshold(adapter: AdapterManifest | None) -> float:
    return adapter.threshold if adapter else BASE_THRESHOLD


def _open_llama(
    path: Path,
    s: ReviewerSettings,
    threads: int,
    gpu_layers: int,
    adapter: AdapterManifest | None,
) -> Any:
    """Create the ``Llama``; native load failures become a ModelError."""
    import llama_cpp

    silence_llama_logs()
    try:
        llm = llama_cpp.Llama(
            model_path=str(path),
            n_ctx=s.n_ctx,
            n_batch=s.n_batch,
            n_ubatch=s.n_batch,
            n_threads=threads,
            n_threads_batch=threads,
            n_gpu_layers=gpu_layers,
            # WORKAROUND: `embedding=True` is how llama-cpp-python 0.3 opens a context for many
            # sequences (n_seq_max, unified KV); logits are switched back on below.
            embedding=True,
            swa_full=True,  # keeps every cached position valid, so prefix reuse is always safe
            lora_path=str(adapter.adapter_file) if adapter else None,
            verbose=False,
        )
    except (ValueError, RuntimeError, OSError) as exc:
        raise ModelError(
            Text(
                f"모델을 불러올 수 없습니다: {path.name}. 규칙만으로 검토합니다.",
                f"Cannot load the model: {path.name}. Reviewing with the rules only.",
            ),
            detail=str(exc),
        ) from exc
    llama_cpp.llama_set_embeddings(llm._ctx.ctx, False)  # label scoring reads logits
    return llm
