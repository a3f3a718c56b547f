"""``models info`` says what the machine has: cores, threads by default, GPU offload."""

from __future__ import annotations

from subcontract_assist.adapters.llama_backend import BackendReport, backend_report, logical_cpus


def report(gpu: bool) -> BackendReport:
    devices = ("CPU: AMD EPYC", "CUDA0: NVIDIA H200") if gpu else ("CPU: AMD EPYC",)
    backends = ("CUDA", "CPU") if gpu else ("CPU",)
    return BackendReport(gpu, backends, devices, "AVX2", physical_cores=8, logical_cpus=16)


def test_a_gpu_build_offloads_every_layer_by_default_and_says_so() -> None:
    gpu = report(gpu=True)
    assert gpu.default_gpu_layers == -1
    assert "CUDA0: NVIDIA H200" in gpu.machine("en")
    assert "all layers" in gpu.machine("en")
    assert "물리 코어 8개, 논리 CPU 16개 → 스레드 8개" in gpu.machine("ko")


def test_a_cpu_build_offloads_nothing_and_uses_one_thread_per_physical_core() -> None:
    cpu = report(gpu=False)
    assert cpu.default_gpu_layers == 0
    assert "8 threads (default)" in cpu.machine("en")
    assert "no GPU offload" in cpu.machine("en")


def test_this_machine_reports_at_least_as_many_logical_cpus_as_cores() -> None:
    here = backend_report()
    assert here.logical_cpus == logical_cpus() >= here.physical_cores >= 1
