# SPDX-License-Identifier: GPL-3.0-or-later
#
#   make build   install missing Debian packages, configure (once) and build into build/
#   make run     build, create the demo workspace if there is none, start the console
#   make test    build, then run the tests (except label "slow") against a throwaway
#                PostgreSQL; extra ctest arguments go in CTEST_ARGS, e.g.
#                make test CTEST_ARGS="-L unit"
#   make screenshots   build, then render every main view of the demo workspace offscreen to
#                docs/screenshots/<view>.png (the README shows them), plus dark.png (a dark
#                palette) and scale200.png (QT_SCALE_FACTOR=2)
#   make bench   install pgloader, sqldiff and GNU time when missing, build Release into
#                build-bench/, and compare synclinectl with pgloader, sqldiff and psql \copy
#                against a throwaway PostgreSQL (bench/syncline_bench.py); the table is
#                printed and written to build-bench/bench.json. Sizes: ROWS (default
#                1000000) and REPS (default 3), e.g. make bench ROWS=100000 REPS=3
#   make package build, then the Debian package with CPack: build/syncline_<version>_<arch>.deb
#   make translations   re-run lupdate over src/ and ui/ into translations/*.ts (then translate
#                the new strings in Qt Linguist: linguist translations/syncline_de.ts)
#   make clean   remove build/
#
# With CI set in the environment, warnings are errors.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

BUILD_DIR := build
JOBS := $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS := -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
ifneq ($(filter-out 0 false no,$(CI)),)
CMAKE_FLAGS += -DSYNCLINE_WERROR=ON
endif
CTEST_ARGS ?=
# Which package set `build` installs; `test` asks for the larger one.
DEPS ?= run

.PHONY: build run test screenshots bench package translations clean

build:
	scripts/install-deps.sh $(DEPS)
	@if [ ! -f $(BUILD_DIR)/CMakeCache.txt ] || [ ! -f $(BUILD_DIR)/build.ninja ]; then \
	    cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS); \
	fi
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	$(BUILD_DIR)/src/cli/synclinectl demo
	$(BUILD_DIR)/src/app/syncline

test:
	$(MAKE) --no-print-directory build DEPS=test
	scripts/with-test-postgres.sh ctest --test-dir $(BUILD_DIR) --output-on-failure -j2 -LE slow $(CTEST_ARGS)

package:
	$(MAKE) --no-print-directory build DEPS=package
	cd $(BUILD_DIR) && cpack -G DEB

translations:
	python3 translations/translations.py update

screenshots: build
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/src/app/syncline-screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/src/app/syncline-screenshots --dark --only jobs=dark docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/src/app/syncline-screenshots --scale 2 --only dashboard=scale200 docs/screenshots

BENCH_DIR := build-bench
ROWS ?= 1000000
REPS ?= 3
BENCH_ARGS ?=

bench:
	scripts/install-deps.sh bench
	@if [ ! -f $(BENCH_DIR)/CMakeCache.txt ] || [ ! -f $(BENCH_DIR)/build.ninja ]; then \
	    cmake -S . -B $(BENCH_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DSYNCLINE_TESTS=OFF; \
	fi
	cmake --build $(BENCH_DIR) -j$(JOBS) --target synclinectl syncline-guiprobe
	scripts/with-test-postgres.sh /usr/bin/python3 bench/syncline_bench.py \
	    --build-dir $(BENCH_DIR) --rows $(ROWS) --reps $(REPS) $(BENCH_ARGS)

clean:
	rm -rf $(BUILD_DIR)
