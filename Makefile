# onward: two commands matter on a fresh machine: `make run` and `make test`.
SWIFT   ?= swift
PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man/man1
ARGS    ?=

.PHONY: build release run test test-unit test-e2e install uninstall clean

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release

# Builds, then starts onward on the default journal ($XDG_DATA_HOME/onward or ~/.local/share/onward).
run: build
	@"$$($(SWIFT) build --show-bin-path)/onward" $(ARGS)

# Builds and runs every test: core, screens (in memory) and end to end (the real binary in tmux).
test:
	$(SWIFT) build
	ONWARD_BIN="$$($(SWIFT) build --show-bin-path)/onward" $(SWIFT) test

install: release
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)"
	install -m 0755 "$$($(SWIFT) build -c release --show-bin-path)/onward" "$(DESTDIR)$(BINDIR)/onward"
	if [ -f Resources/onward.1 ]; then install -m 0644 Resources/onward.1 "$(DESTDIR)$(MANDIR)/onward.1"; fi

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/onward" "$(DESTDIR)$(MANDIR)/onward.1"

clean:
	rm -rf .build
