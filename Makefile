# SPDX-License-Identifier: GPL-3.0-or-later
#
#   make build   install missing Debian packages, configure (once) and build into build/
#   make run     build, create the demo workspace if there is none, start the console
#   make test    build, then run the tests (except label "slow") against a throwaway
#                PostgreSQL; extra ctest arguments go in CTEST_ARGS, e.g.
#                make test CTEST_ARGS="-L unit"
#   make screenshots   build, then render every main view of the demo workspace offscreen to
#                docs/screenshots/<view>.png (the README shows them)
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

.PHONY: build run test screenshots clean

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

screenshots: build
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/src/app/syncline-screenshots docs/screenshots

clean:
	rm -rf $(BUILD_DIR)
