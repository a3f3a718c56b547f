"""Training tools for the project's LoRA adapter (corpus generator, trainer, evaluator).

Nothing here is imported by the app: the runtime only reads the shipped adapter in
``models/adapters/``. The trainer needs the optional ``train`` extra (torch, transformers, peft).
"""
