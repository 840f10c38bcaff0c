# dossier — set up, build the site, run the tests.
#   make site   installs libcmark-dev when missing, builds in release mode, writes public/ from seeds/
#   make test   installs libcmark-dev when missing, runs the whole test suite
#   make install   puts dossier in $(PREFIX)/bin and its default templates in $(PREFIX)/share/dossier
#   make eval-calendar   scores events and meetings of seeds + calendar fixtures (scripts/eval-calendar.sh)
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PREFIX ?= /usr/local
BINDIR := $(DESTDIR)$(PREFIX)/bin
SHAREDIR := $(DESTDIR)$(PREFIX)/share/dossier

.PHONY: site test deps release install uninstall bench eval-calendar clean

deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "installing libcmark-dev (cmark, the CommonMark library dossier renders Markdown with)"; \
		$(SUDO) apt-get install -y libcmark-dev pkg-config || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y libcmark-dev pkg-config; }; \
	fi

release: deps
	$(SWIFT) build -c release --product dossier

site: release
	.build/release/dossier build --source seeds --output public --templates Templates

test: deps
	$(SWIFT) test

# The command and the default templates `dossier init --templates` copies and builds fall back on.
# The binary uses the Swift runtime of the toolchain that built it.
install: release
	install -d "$(BINDIR)" "$(SHAREDIR)"
	install -m 755 .build/release/dossier "$(BINDIR)/dossier"
	rm -rf "$(SHAREDIR)/Templates"
	cp -R Templates "$(SHAREDIR)/Templates"
	@echo "installed $(BINDIR)/dossier and $(SHAREDIR)/Templates; try: dossier init my-dossier"

uninstall:
	rm -f "$(BINDIR)/dossier"
	rm -rf "$(SHAREDIR)"

# Times a build of N synthetic clips from ../shared/bench (default 1000).
bench: release
	scripts/bench.sh $(or $(N),1000)

# Builds seeds + calendar fixtures as one dossier and scores events, meetings, dates and people.
eval-calendar: release
	scripts/eval-calendar.sh

clean:
	rm -rf .build public
