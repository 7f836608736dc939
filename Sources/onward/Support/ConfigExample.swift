/// The commented example printed by `onward config --example`.
enum ConfigExample {
    static let text = """
    # onward settings: save as ~/.config/onward/config.yaml (or $XDG_CONFIG_HOME/onward/config.yaml).
    # Every line is optional; delete what you do not need.

    # Where your entries live. ONWARD_JOURNAL and --journal still win over this.
    journal: ~/Documents/job-search-journal

    # The editor used to open an entry (this wins over $VISUAL and $EDITOR).
    editor: nano

    # Colour in the screens and printed output: auto, always or never.
    color: auto

    # Show your check-in streak on the home and check-in screens.
    show_streak: true

    # The day your week starts, for weekly goals: monday ... sunday.
    week_start: monday

    # Weekly goals to use until a reflection sets its own.
    weekly_goals:
      applications: 5
      contacts: 2

    # When the journal folder is a git repository, commit every saved entry.
    git_autocommit: false

    # Who to reach when things feel very heavy, shown once when feelings are rated 9-10
    # or the mood 1-2 (for example a local helpline's number, or a friend's).
    support_line: "a friend: Sam, 555 0100"

    # A careers service, coach or community, shown in the reflection's options step.
    career_resources: "the university careers service, careers@example.edu"

    # After this many days with no news, an open application is shown as "no word for N days".
    quiet_after_days: 14

    """
}
