# sengketa's messages in English. Every id here is in id-ID.ftl too (a test checks both
# ways, and that the code asks for every id). Placeables: { $name }.

error-prefix = error
hint-prefix = hint

## The command line's own words (help layout, usage errors)
help-template = {"{"}about-with-newline{"}"}
    {"{"}usage-heading{"}"} {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
help-heading-commands = Commands
help-heading-options = Options
help-value-command = COMMAND
help-flag-help = Print help
usage-heading = Usage:
usage-invalid-value = '{ $value }' is not a valid value for { $arg }
usage-invalid-value-one-of = '{ $value }' is not a valid value for { $arg }; one of: { $valid }
usage-unknown-argument = unknown option '{ $arg }'
usage-unknown-command = unknown command '{ $command }'
usage-missing = a required argument is missing: { $arg }
usage-missing-command = a command is needed
usage-conflict = { $arg } cannot be used with { $other }
usage-bad-value = '{ $value }' for { $arg }: { $why }
usage-values = { $arg } has the wrong number of values
usage-no-equals = { $arg } needs '=' before its value
usage-did-you-mean = did you mean { $suggestion }?
usage-try-help = For more information, try '--help'.
help-heading-arguments = Arguments
help-values = possible values
help-default = default
help-routes = Routes and the outcomes each can have:

## case list
list-register-no = Register no.
list-received = Received
list-state = State
list-applicant = Applicant
list-kind = Kind
list-body = Public body
list-subject = Subject
list-start-by = Start by
list-finish-by = Finish by
list-days-open = Days open
list-overdue = Overdue
list-none = no cases
deadline-start = start
deadline-finish = finish

## case show, and the history in words
show-register-no = Register no.
show-received = Received
show-state = State
show-applicant = Applicant
show-body = Public body
show-subject = Subject
show-qualified = Qualified
show-not-qualified = Does not qualify
show-withdrawn = Withdrawn
show-decided = Decided
show-closed = Closed
show-start-by = Start by
show-finish-by = Finish by
show-days-open = Working days open
show-history = History
show-hearings = Hearings
timeline-date = Date
timeline-what = What happened
timeline-state = State
timeline-actor = By
timeline-recorded = Recorded (UTC)
timeline-note = Note
timeline-reverted-by = reverted by #{ $by }
event-add = entered (application received)
event-qualify = qualified
event-reject = does not qualify: { $reason }
event-withdraw = withdrawn by the applicant
event-decide = decided via { $via }: { $outcome }
event-decision-no = decision { $no }
event-close = closed
event-undo = undo of step { $step }: { $reason }
event-edit = corrected { $what }
event-hearing-schedule = hearing { $no } ({ $kind }) scheduled for { $on }
event-hearing-at = at { $at }
event-hearing-postpone = hearing { $no } postponed to { $to }: { $reason }
event-hearing-cancel = hearing { $no } cancelled: { $reason }
event-hearing-held = hearing { $no } held (applicant { $applicant }, respondent { $respondent })
standing-started = started or ended
standing-ended = ended
standing-met = met ({ $done } { $on })
standing-late = late ({ $done } { $on }, { $days ->
    [one] { $days } working day
   *[other] { $days } working days
} late)
standing-due-today = due today
standing-left = { $days ->
    [one] { $days } working day left
   *[other] { $days } working days left
}
standing-overdue = overdue by { $days ->
    [one] { $days } working day
   *[other] { $days } working days
}
and-list = { $items } and { $last }
lapse-flag = may lapse: absent from hearings { $hearings } (PERKI 1/2013)
hearing-no = Hearing
hearing-kind = Kind
hearing-date = Date
hearing-time = Time
hearing-room = Room
hearing-panel = Panel
hearing-status = Status
hearing-applicant = Applicant
hearing-respondent = Respondent
hearing-postponed = Postponed
hearing-reason = Reason
hearing-postponed-from = { $times }× (first set for { $first })

## calendar list
calendar-date = Date
calendar-day = Day
calendar-kind = Kind
calendar-name = Name
calendar-source = Source
calendar-none = no days
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

## agenda
agenda-title = Agenda { $on } to { $until }
agenda-hearings = Hearings
agenda-deadlines = Deadlines in these days
agenda-overdue = Overdue as of { $on } (oldest first)
agenda-may-lapse = May lapse (PERKI 1/2013)
agenda-none = none
agenda-more-overdue = and more: sengketa case list --overdue
agenda-lapse-line = { $case }: { $applicant } absent from hearings { $hearings }
agenda-postponed-from = postponed from { $first }
agenda-date = Date
agenda-time = Time
agenda-room = Room
agenda-case = Case
agenda-hearing = Hearing
agenda-applicant = Applicant
agenda-respondent = Respondent
agenda-status = Status
agenda-due = Due
agenda-deadline = Deadline
agenda-received = Received
agenda-state = State
agenda-standing = Standing
agenda-overdue-on = Overdue
agenda-days-open = Days open
## sengketa man
man-written = wrote { $n } manual pages to { $dir }
man-cannot-write = cannot write the manual pages to { $dir }: { $why }

## sengketa case edit
edit-nothing-given = nothing to change: no new value was given
edit-nothing-given-hint = give the new value of one or more of --applicant, --applicant-kind, --body, --subject (and --note to say why)

## sengketa verify
verify-ok = the register holds together: { $cases ->
    [one] 1 case checked
   *[other] { $cases } cases checked
}
verify-problems = { $n ->
    [one] 1 problem
   *[other] { $n } problems
} found in { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}
verify-problems-left = { $n ->
    [one] 1 problem is
   *[other] { $n } problems are
} left in { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}
verify-repaired = repaired: the per-year counts of { $years } were counted afresh from the cases
verify-hint-file = the file itself is damaged: restore the register from a backup
verify-hint-history = cases or their history were changed outside sengketa; the history is the record: compare with a backup (`sengketa case show` prints a case's history)
verify-hint-count = the per-year counts are derived from the cases: `sengketa verify --repair` counts them afresh
verify-hint-serial = a serial counter is behind the serials taken, so the next case of that year would be refused its number: restore the register from a backup
verify-hint-calendar = the calendar was changed outside sengketa: restore the register from a backup, or redo the change with `sengketa calendar add` or `remove`, which record it

## sengketa demo
demo-title = Disputes at the Jambi Provincial Information Commission, 2017-2018, as of { $as_of } (rebuilt from { $n } case records)
demo-try-next = Try next:
demo-try-fixtures = the demo's cases and the published table, as CSV files here
demo-try-init = a register of your own
demo-try-import = the demo's cases in it, per public body
demo-try-check = the published table against the register
demo-try-keep = the demo's register, kept to explore
demo-kept = The demo's register is kept at { $path }: explore it, it is yours to delete.
demo-try-list = the cases of 2018
demo-try-by-body = the recap per public body
demo-try-show = a case and its history
demo-db-exists = { $path } exists already: the demo builds a new register, and touched nothing
demo-db-exists-hint = give --db a path that does not exist yet (e.g. --db demo.db), or unset SENGKETA_DB for a throwaway register
demo-fixture-exists = { $path } exists already; nothing was written
demo-fixture-exists-hint = name another folder, or move the file away
demo-cannot-write = cannot write the demo's files to { $dir }: { $why }
demo-fixtures-written = wrote the demo's files to { $dir }:
demo-fixture-about = 54 cases of 2017-2018 in the register's CSV form (synthetic applicants)
demo-published-about = Table 1 as the paper published it

## Questions on a terminal
prompt-cancelled = cancelled: nothing was written
prompt-failed = the question could not be asked: { $why }
prompt-required = an answer is required
prompt-yes = yes
prompt-no = no
prompt-yes-no = answer y (yes) or n (no)
prompt-select-help = ↑↓ to move, Enter to choose, type to filter
prompt-received = Received on:
prompt-received-help = YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY; Enter for today
prompt-not-a-date = not a date: write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY
prompt-future = a date after today ({ $today }) cannot be the received date
prompt-applicant = Applicant:
prompt-kind = Applicant kind:
prompt-body = Public body (respondent):
prompt-body-help = ↑↓ the register's bodies, Tab completes, or type a new one
prompt-subject = Information requested:
prompt-confirm = Add this case to the register?
prompt-confirm-help = Y/n

## The particulars of a case, as labels
case-received = Received on
case-applicant = Applicant
case-applicant-kind = Applicant kind
case-body = Public body
case-subject = Information requested
case-register-no = Register number

## sengketa case add
add-missing = --applicant, --body and --subject are required without a terminal
add-missing-hint = give them as flags; on a terminal, sengketa asks for them
add-new-body = (new to the register)
add-next-number = the next number of { $year }, given on saving
add-not-confirmed = not confirmed: nothing was written
add-not-confirmed-hint = to add it as it stands, without questions: { $line }

## defects (issue 11)
io-failed = input/output failed: { $why }
output-failed-after-commit = the change was recorded; only its output could not be written ({ $why })
output-cannot-write = cannot write { $path }: { $why }
output-is-register = { $path } is the register (or a file SQLite keeps beside it): an output file may not replace it
output-is-register-hint = name another file for the output; the register was not touched
output-is-link = { $path } is a symbolic link: output files are not written through links
output-not-regular = { $path } is not a regular file
output-not-regular-hint = name a new file, or a regular file to replace; leave -o out to write to standard output
register-not-a-file = { $path } is not a regular file: a register is a file of its own
register-not-a-file-hint = point --db or SENGKETA_DB at a register file, or at a new path for `sengketa init`
register-bad-version = { $path } says its schema version is { $version }, which no sengketa writes: it is not a register as sengketa made it
register-bad-version-hint = the file was changed by other means; restore the register from a backup
busy-timeout-bad = SENGKETA_BUSY_TIMEOUT_MS: '{ $value }' is not a number of milliseconds from 0 to { $max }
busy-timeout-bad-hint = set it to how long to wait for another clerk's write, e.g. 5000, or unset it
input-stdin = standard input
input-not-a-file = { $name } is not a file to read (a folder, or a device such as /dev/zero)
input-nul = line { $line } holds a NUL byte: this is not a text file
input-line-too-long = line { $line } is longer than { $max } MiB: this is not a CSV file sengketa reads
input-fault-hint = give a CSV file saved as UTF-8 text
input-no-rows = { $name } has a header and no rows: nothing was written
text-too-long = { $chars } characters, more than the { $max } it takes
text-too-long-hint = the limits of each kind of field are in the README (Limits); put long explanations in a note
text-control = the character { $ch } at position { $at } is a control character
text-control-hint = type it again without control characters (ESC, BEL, CR, NUL, bidirectional overrides); only a note may span lines
text-invisible = it shows nothing: only white space and invisible characters
text-invisible-hint = give a value that can be read
add-skipped-numbers = { $n ->
    [one] { $numbers } is already in the register (a number given by hand or imported): skipped; this case is { $number }
   *[other] { $numbers } are already in the register (numbers given by hand or imported): skipped; this case is { $number }
}
import-skipped-numbers = { $n ->
    [one] the register-number template skipped 1 number already in the register: { $numbers }
   *[other] the register-number template skipped { $n } numbers already in the register: { $numbers }
}
number-like-reference = '{ $number }' cannot be a register number: YEAR/SERIAL is how commands name a case ({ $year }/{ $serial }: case { $serial } received in { $year })
number-like-reference-hint = give the number as the commission wrote it, with its other parts (e.g. 002/I/KI-JBI-PS/2017)
template-like-reference = its numbers would have the form YEAR/SERIAL, which is how commands name a case
edit-before-step-hint = a correction is recorded today ({ $today }), which must not be before the case's latest step: check the computer's date, or SENGKETA_TODAY if it is set
damaged = the register is damaged: { $what }
damaged-hint = it was changed by other means than sengketa; `sengketa verify` names every damaged row: restore the register from a backup, or correct the rows it names
damaged-file = the register file is damaged: { $why }
damaged-file-hint = run `sengketa verify` to see how far, and restore the register from a backup
damaged-case = case { $case }
damaged-event = event { $seq } of the case with row id { $case }
damaged-not-text = bytes that are not UTF-8 text
cannot-migrate = { $path } (schema version { $version }) cannot be brought to version { $to }: a row breaks a rule of the new version ({ $why }); nothing was changed
cannot-migrate-hint = the register was changed by other means: run `sengketa verify` with the release that wrote it, and correct the rows it names (or restore a backup)
year-out-of-range = '{ $date }' is outside the years a register takes ({ $first } to { $last })
year-out-of-range-hint = check the year: a register's dates run from 1900 to 9999
verify-unreadable = { $what } (cannot be read)
verify-cannot-check = a part of the checks could not run: { $why }
verify-hint-unreadable = a value written by other means than sengketa cannot be read: correct the row named with the sqlite3 shell, or restore the register from a backup
damaged-hearing = hearing { $no }
damaged-day = calendar day { $date }
