# Thin wrapper around the CMake presets. On a fresh Debian 12 machine:
#
#   make run     install missing packages, configure, build, open the GUI
#   make test    install missing packages, configure, build, run every test
#
# Other targets: build (the default), configure, deps, bench, bench-quick, fuzz-smoke, test-asan,
# format, format-check, package, clean. PRESET=debug or PRESET=asan picks another preset;
# ARGS="..." is passed to the program (run, bench) or to ctest (test).

PRESET      ?= default
BUILD_DIR   := build/$(PRESET)
CLANG_FORMAT ?= clang-format
ARGS        ?=

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build
.DELETE_ON_ERROR:

.PHONY: all build configure deps run test fuzz-smoke test-asan bench bench-quick format format-check package clean

all: build

# Installs only what is missing; fast when everything is there.
deps:
	@bash scripts/install-deps.sh

# Configure once; after that ninja re-runs cmake by itself when a CMakeLists.txt changes.
# build.ninja is written last by a successful configure, so a failed one is retried.
$(BUILD_DIR)/build.ninja: CMakePresets.json | deps
	cmake --preset $(PRESET)
	@touch $@

configure: $(BUILD_DIR)/build.ninja

build: configure
	cmake --build --preset $(PRESET)

run: build
	@if [[ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]]; then \
	    echo "make run: no display (DISPLAY and WAYLAND_DISPLAY are unset)." >&2; \
	    echo "  Run it under a virtual X server:  xvfb-run -a $(BUILD_DIR)/app/salesdesk" >&2; \
	    echo "  or without a window:              QT_QPA_PLATFORM=offscreen make run" >&2; \
	    exit 1; \
	fi
	$(BUILD_DIR)/app/salesdesk $(ARGS)

test: build
	ctest --preset $(PRESET) $(ARGS)

# Each libFuzzer target (clang, ASan + LeakSanitizer + UBSan, build/fuzz, only the files the
# fuzzers read) for FUZZ_SECONDS (30 by default) from its committed corpus. CI runs it.
FUZZ_SECONDS ?= 30
fuzz-smoke: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz-smoke.sh

# The sanitised leg (clang, ASan + LeakSanitizer + UBSan, build/asan): the core and scenario tests,
# the fuzz smoke, and a short crash soak of the sanitised salesdesk-cli. Any sanitizer report
# fails it. Builds only what it runs; about 31 minutes from cold on 2 cores, so CI does not run it.
ASAN_SOAK_KILLS ?= 5
test-asan: deps
	@if [[ ! -f build/asan/build.ninja ]]; then cmake --preset asan; fi
	cmake --build --preset asan --target salesdesk_tests_core salesdesk_tests_scenario \
	    salesdesk-cli
	ctest --preset asan -L 'core|scenario' $(ARGS)
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz-smoke.sh
	SALESDESK_CLI=build/asan/app/salesdesk-cli SOAK_SEED=2026 bash scripts/crash-soak.sh $(ASAN_SOAK_KILLS)

bench: build
	$(BUILD_DIR)/bench/salesdesk-bench all $(ARGS)

# The CI smoke run: every benchmark, small sizes; checks they run, not how fast.
bench-quick: build
	$(BUILD_DIR)/bench/salesdesk-bench all --quick $(ARGS)

# Tracked C++ sources, plus new ones not yet added (and not ignored), that exist on disk.
SOURCES_CMD := git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | sort -u \
	| while IFS= read -r f; do if [[ -f "$$f" ]]; then printf '%s\n' "$$f"; fi; done

format:
	@echo "clang-format -i on every C++ source ($$($(CLANG_FORMAT) --version))"
	@$(SOURCES_CMD) | xargs -r -d '\n' $(CLANG_FORMAT) -i

format-check:
	@echo "clang-format --dry-run --Werror on every C++ source ($$($(CLANG_FORMAT) --version))"
	@$(SOURCES_CMD) | xargs -r -d '\n' $(CLANG_FORMAT) --dry-run --Werror

# DEB, RPM and TGZ in $(BUILD_DIR)/packages (see packaging/Packaging.cmake);
# scripts/check-package.sh builds and checks them.
package: build
	cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR)
