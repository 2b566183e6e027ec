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

## Opening the register
store-network-fs = { $path } is on a network file system ({ $fstype }): SQLite's WAL, which keeps the register safe while several clerks write, needs memory shared on one computer, and a register used through a network share can be damaged
store-network-fs-hint = copy the register to a local disk of the computer that runs sengketa; clerks on other computers reach it there over SSH (ssh clerk@server sengketa case add ...). --allow-network-fs opens it all the same, safe only if no two computers use it at once
