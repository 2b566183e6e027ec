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
timeline-recorded = Recorded
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
lapse-flag = may lapse (gugur): the applicant, summoned, was absent and not represented at hearings { $hearings } (PERKI 1/2013 Art. 30)
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
verify-hint-count = the recap's kept counts (per year and per day) are derived from the cases: `sengketa verify --repair` counts them afresh
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

## The register file (store-*)
store-missing = there is no register at { $path }
store-missing-hint = create one with `sengketa init` (or point --db / SENGKETA_DB at yours)
store-not-a-register = { $path } is an SQLite file but not a sengketa register
store-not-a-register-hint = point --db at a register, or at a new path for `sengketa init`
store-empty = { $path } is empty: it is not an initialised register
store-empty-hint = run `sengketa init` on it
store-newer = { $path } was written by a newer sengketa (schema version { $version }; this one knows up to { $known })
store-newer-hint = upgrade sengketa; the register has not been changed
store-no-wal = { $path } cannot be put in WAL mode (it is in { $mode } mode)
store-cannot-create = cannot create { $path }: { $why }
store-locked = the register is locked by another process and stayed locked past the busy timeout
store-locked-hint = try again, or raise SENGKETA_BUSY_TIMEOUT_MS
store-not-a-database = the file is not an SQLite register
store-cannot-use = cannot use the register file: { $why }
store-refused = the register refused the change: { $why }

## What a value is, in a message (err-bad-value)
vocab-state = state
vocab-applicant-kind = applicant kind
vocab-reason = reason
vocab-via = decision route
vocab-outcome = outcome
vocab-event-kind = event kind
vocab-act-kind = act
vocab-day-kind = kind of day
vocab-hearing-kind = kind of hearing
vocab-attendance = attendance
vocab-hearing-status = hearing status
vocab-calendar-change = calendar change
fact-received = the receipt
fact-qualified = the qualification
fact-not-qualified = the rejection
fact-withdrawn = the withdrawal
fact-decided = the decision
fact-closed = the closing
fact-step = the step
date-of-received = the received date
date-of-step = the { $step } date
date-of-hearing = the hearing date
hearing-step-held = held
hearing-step-postponed = postponed
hearing-step-cancelled = cancelled
hearing-step-scheduled = scheduled
history-no-entry = does not begin with its entry
history-second-entry = has a second entry
history-undoes-not-latest = undoes a step that is not its latest
history-step-without-payload = has a step without what it records
history-refused = has a step the lifecycle refuses

## The domain's refusals (err-*) and what to do (hint-*)
err-bad-value = '{ $value }' is not a valid { $what }
err-not-a-date = '{ $value }' is not a date
err-future-date = { $what } { $date } lies in the future (today is { $today })
err-date-order = { $what } { $date } is before { $before } date { $before_date }
err-undo-before-step = the undo date { $date } is before the date of the step it reverts ({ $step }) { $before }
err-refused = case { $case } is { $state }: it cannot be { $step }
err-bad-decision = case { $case } is { $state }: a decision via { $via } cannot have the outcome { $outcome }
err-nothing-to-undo = case { $case } has no step left to undo (adding a case cannot be undone)
err-empty = { $flag } is empty
err-nothing-to-change = nothing to change on case { $case }: the values given are the ones it has
err-no-such-case = there is no case { $case } in the register
err-number-taken = register number { $number } is already in the register
err-no-commission-code = the register has no commission code, which register numbers need
err-template = register template '{ $template }': { $why }
err-template-unopened = a '{"}"}' has no '{"{"}'
err-template-unclosed = a '{"{"}' is not closed
err-template-unknown = unknown placeholder { $placeholder }
err-template-not-unique = it must contain {"{"}serial{"}"} (or {"{"}serial:0N{"}"}) and {"{"}year{"}"}, so numbers are unique
err-empty-case-ref = a case reference is empty
err-not-a-time = '{ $value }' is not a time of day
err-hearing-on-closed-case = case { $case } is { $state }: no hearing can be recorded on it
err-hearing-number-taken = case { $case } already has a hearing { $no }
err-hearing-number-used = hearing number { $no } was given before on case { $case }, to a scheduling since undone
err-no-such-hearing = case { $case } has no hearing { $no }
err-hearing-held-already = hearing { $no } of case { $case } is held already: a hearing is held once
err-hearing-refused = hearing { $no } of case { $case } is { $status }: it cannot be { $step }
err-postpone-same-day = hearing { $no } of case { $case } is on { $on } already
err-postpone-before-record = hearing { $no } of case { $case } cannot be postponed to { $to }, before the day the postponement is recorded ({ $recorded })
err-hearing-not-yet = hearing { $no } of case { $case } is on { $on }: it cannot be recorded as held before then (today is { $today })
err-broken-history = the history of case { $case } { $why }: the register is damaged
err-day-taken = { $date } is already in the calendar ({ $kind }: { $name })
err-no-such-day = { $date } is not in the calendar
hint-one-of = use one of: { $values }
hint-date-forms = write dates as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY
hint-future-date = a date cannot be after today ({ $today }); check it (and SENGKETA_TODAY, if set)
hint-hearing-date-order = a hearing is set on or after the day its case was received
hint-date-order = each step's date must be on or after the step before it
hint-refused-nothing = nothing is allowed from this state; `case undo` reverts the latest step
hint-refused = allowed from this state: { $steps }
hint-bad-decision = a decision via { $via } has one of the outcomes: { $outcomes }
hint-empty-register-no = leave --register-no out to have the next number assigned
hint-empty-undo-reason = say why the step is reverted
hint-empty-remove-reason = say why the day is removed (the history keeps it)
hint-empty-hearing-reason = say why the hearing is postponed or cancelled
hint-empty = give { $flag } a value
hint-nothing-to-change = give at least one of --applicant, --applicant-kind, --body, --subject with a new value
hint-no-such-case = name a case by its register number or as YEAR/SERIAL (e.g. 2017/12); `sengketa case list` shows them
hint-number-taken = each register number is given once; leave it out to have the next one assigned
hint-no-commission-code = set it once with `sengketa config set commission-code JBI` (your code)
hint-broken-history = run `sengketa verify` to see what is damaged
hint-time-form = write a time as HH:MM or HH.MM (24 hours), e.g. 09:30 or 9.30
hint-hearing-on-closed-case = `case undo` reverts the closing if the case is not finished
hint-hearing-number = a hearing number is given once on a case: give this hearing a number not yet used
hint-no-such-hearing = `sengketa case show { $case }` lists its hearings
hint-hearing-refused = only a scheduled hearing can be held, postponed or cancelled; `case undo` reverts the latest step
hint-bad-postponement = give --to a new date, today or later
hint-hearing-not-yet = record it on or after { $on }; to move it, use `hearing postpone`
hint-day-taken = to change it, remove it first (`sengketa calendar remove { $date } --reason ...`), or import a file with its new values (`sengketa calendar import`)
hint-no-such-day = `sengketa calendar list --year { $year }` shows the days of that year

## What an import says of a row (fault-*, rule-*) or its header (header-*)
fault-field-count = the row has { $found } fields, expected { $want }
fault-missing-received = the received date is required
fault-missing-applicant-kind = applicant_kind is required (individual, group, legal_entity)
fault-missing = { $column } is required
fault-not-a-date = not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
fault-future = { $date } lies in the future (today is { $today })
fault-day-repeated = the date is already on line { $line }: one row a date
fault-not-a-hearing-number = not a hearing number (1, 2, ...)
fault-attendance-needed = a hearing held records how the { $column } attended (present, absent, represented)
fault-attendance-not-held = only a hearing held records attendance: leave it empty
fault-reason-needed = a hearing cancelled, or postponed (on_date differs from first_on), needs its reason
fault-reason-not-needed = a reason belongs to a hearing cancelled or postponed; this one is neither (on_date is first_on)
rule-qualified-not-qualified = a case cannot both qualify (qualified_on) and not qualify
rule-not-qualified-withdrawn = a case that does not qualify cannot be withdrawn
rule-not-qualified-decided = a case that does not qualify cannot be decided
rule-withdrawn-decided = a withdrawn case cannot be decided
rule-closed-not-qualified = a case that does not qualify is closed on that day: leave closed_on empty or equal to not_qualified_on
rule-decided-needs-qualified = a decision needs the case to have qualified (qualified_on)
rule-decision-no-needs-decided = a decision number needs a decision (decided_on)
rule-closed-needs-end = closing needs a withdrawal, a decision or a not-qualified
rule-route = a decision via { $via } cannot have the outcome { $outcome }; a decision via { $via } has one of the outcomes: { $outcomes }
rule-route-unknown = the decision's route and outcome do not go together
rule-not-before = { $date } is before { $before } { $before_date }
rule-out-of-order = { $column } is out of order
rule-together = { $first } and { $last } go together
rule-other = the row breaks the rule '{ $rule }'
header-wrong = column { $at } of the header is '{ $found }', expected '{ $want }'
header-missing = the header has no column { $at } ('{ $want }')
header-too-many = the header has { $found } columns, expected { $want }

## What verify finds (problem-*)
problem-integrity = SQLite integrity: { $line }
problem-foreign-key-row = a row of { $table } (row { $row }) points at a missing row of { $parent }
problem-foreign-key = a row of { $table } points at a missing row of { $parent }
problem-no-history = case { $case }: it has no history
problem-differs = case { $case }: the register says { $stored }, its history leads to { $replayed } ({ $differences })
problem-hearings = case { $case }: its hearings differ from what its history leads to
problem-count = { $year }: the recap's kept count of { $key } is { $kept }, the cases give { $counted }
problem-serial = the serial counter of { $year } stands at { $last }, but serial { $taken } is taken
problem-day-already-there = a day the calendar already had
problem-day-not-there = a day the calendar did not have
problem-day-other-values = a day with other values than the calendar had
problem-change-add = addition
problem-change-update = change
problem-change-remove = removal
problem-calendar-history = calendar { $date }: act { $act } records the { $change } of { $what }
problem-calendar-differs = calendar { $date }: the register has { $stored }, its history leads to { $replayed }
problem-no-day = no such day

## What a command that writes reports on stderr
step-done = { $case }: { $from } -> { $to } on { $on }
undo-done = { $case }: reverted step { $seq } ({ $what } on { $on }); now { $state }
edit-done = { $case }: corrected
hearing-named = hearing { $no } ({ $kind })
hearing-held-done = { $case }: { $hearing } held on { $on } (applicant { $applicant }, respondent { $respondent })
hearing-postponed-done = { $case }: { $hearing } postponed to { $to } (first set for { $first })
hearing-cancelled-done = { $case }: { $hearing } cancelled
hearing-scheduled-done = { $case }: { $hearing } scheduled for { $on }
hearing-scheduled-at-done = { $case }: { $hearing } scheduled for { $on } at { $at }
init-created = created the register { $path }
init-next = next: sengketa config set commission-code <CODE>   (e.g. JBI)
init-there = the register { $path } is already there; nothing changed
config-empty = { $key } cannot be empty
config-bad-value = '{ $value }' is not a value of { $key }
config-bad-code = '{ $value }' is not a commission code: it may not contain spaces or '/'
config-bad-code-hint = use the short code of register numbers, e.g. JBI
config-unchanged = unchanged
config-not-set = { $key } is not set
calendar-added = added { $date } ({ $weekday }): { $kind } { $name }
calendar-removed = removed { $date } ({ $weekday }): { $kind } { $name }
## Appeals, void entries, public bodies
warning-prefix = warning
vocab-level = level of appeal
vocab-court = court
vocab-party = party
vocab-court-outcome = court outcome
vocab-void-reason = reason for voiding
vocab-body-kind = kind of public body
vocab-body-change = change of a public body
appeal-date-decision = the decision
appeal-date-filing = the filing at { $level }
appeal-date-court-decision = the court's decision at { $level }
err-no-decision = case { $case } is { $state }: it has no decision to serve or appeal
err-not-appealable = case { $case } was decided via { $via }: that decision is final and binding, and cannot be appealed
err-already-served = case { $case }: the decision was served on { $on } already
err-already-appealed = case { $case } was appealed at { $level } already ({ $court }, filed { $filed })
err-level-out-of-order = case { $case }: no appeal at { $level } before a court's decision at { $needs }
err-appeals-ended = case { $case }: the appeal at { $level } ended { $outcome }: nothing is left to appeal
err-wrong-court = { $court } does not hear appeals at { $level }
err-no-pending-appeal = case { $case } has no appeal pending: a court decides only an appeal filed
err-appeal-date-order = the { $what } date { $date } is before { $before } ({ $before_date })
err-case-is-void = case { $case } is void: it takes no step
err-void-after-steps = case { $case } has a step after its entry ({ $step }): only an entry with no step after it can be voided
err-void-of-itself = case { $case } cannot be a duplicate of itself
err-void-of-void = case { $of } is void itself: it cannot be the case { $case } duplicates
err-no-such-body = there is no public body { $name } in the register
err-body-name-taken = { $name } is already a name of the public body { $body }
err-same-body = { $body } cannot be merged into itself
err-body-unchanged = nothing to change on the public body { $body }
err-merge-not-confirmed = merging { $from } into { $into } was not confirmed: nothing was changed
hint-no-decision = a decision comes first: `sengketa case decide`
hint-not-appealable = only an adjudication decision or an interim ruling can be contested in court (Law 14/2008 Art. 39, 47)
hint-undo-appeal-step = `sengketa case undo { $case }` reverts the latest step, to record it anew
hint-already-appealed = one appeal a level; `sengketa case show { $case }` shows the appeal track
hint-level-out-of-order = record the court's decision first: `sengketa appeal decide { $case } --outcome ... --on DATE`
hint-appeals-ended = a withdrawn appeal ends the track: the decision is final
hint-wrong-court = appeals at { $level } go to: { $courts }
hint-no-pending-appeal = record the filing first: `sengketa appeal file { $case } --court ptun|pn --by applicant|respondent --on DATE`
hint-appeal-date-order = each step's date must be on or after the date it follows
hint-case-is-void = `sengketa case undo { $case }` reverts the void
hint-void-after-steps = undo its steps first with `sengketa case undo { $case }`
hint-void-of = give --of the register number (or YEAR/SERIAL) of the case this entry duplicates
hint-no-such-body = `sengketa body list` shows the public bodies and their aliases
hint-body-name-taken = two bodies with one name are one body: `sengketa body merge` joins them
hint-same-body = name two different bodies
hint-body-unchanged = give a new value
hint-merge-not-confirmed = a merge cannot be undone; on a terminal answer y, in a script give --yes
problem-appeals = case { $case }: its service date or appeals differ from what its history leads to
problem-void-stored = case { $case }: the register has it void, its history does not
problem-void-missing = case { $case }: its history voids it, the register does not
problem-body-history = body change { $id } (act { $act }, { $change }) does not follow from the bodies before it
problem-body-differs = public body { $body }: the register differs from what the bodies' history leads to
problem-alias-differs = alias { $alias }: the register differs from what the bodies' history leads to
problem-on-merged-body = case { $case } is on { $body }, a body merged into another
event-serve = decision received by the parties
event-appeal-file = appeal filed at { $court } ({ $level }) by the { $by }
event-appeal-decide = court decision ({ $level }): { $outcome }
event-court-no = , court no. { $no }
event-void = void: { $reason }
event-void-of = { " " }(of { $of })
case-add-duplicate = looks like { $case }: void one of them with `case void` if it is a duplicate
case-served = { $case }: decision received by the parties on { $on }
case-served-window = { $case }: decision received by the parties on { $on }; the appeal window closes on { $closes }
case-voided = { $case }: void ({ $reason }); it keeps its number and is left out of every count
finality-not-appealable = final on { $on } (a decision no court hears)
finality-window-closed = final on { $on }: no appeal at { $level } within its window
finality-court-decision = final on { $on }: the court's decision at { $level }, not appealed further
finality-open = not final yet: window closes on { $closes } ({ $level })
finality-pending = not final yet: appeal pending at { $court } ({ $level }), filed { $filed }
show-late = late
show-void = VOID since { $on }: { $reason }
appeal-court-needed = name the court with --court: an appeal at { $level } goes to { $courts }
appeal-filed = { $case }: appeal filed at { $court } ({ $level }) on { $on }
appeal-late = the filing is late: the window closed on { $closes } (recorded; the court decides whether it is admissible)
appeal-decided = { $case }: court decision ({ $level }): { $outcome } on { $on }
appeals-imported-from = appeals imported from { $file }
appeals-imported = imported { $rows } appeal rows from { $file }
import-invalid-rows = { $bad } of { $rows ->
    [one] 1 row
   *[other] { $rows } rows
} of { $file } { $bad ->
    [one] is
   *[other] are
} invalid; nothing was imported
import-invalid-rows-hint = correct the rows listed above and import the whole file again
import-dry-run = { $rows ->
    [one] 1 row
   *[other] { $rows } rows
} of { $file } { $rows ->
    [one] is
   *[other] are
} valid; nothing was written (--dry-run)
appeal-fault-field-count = the row has { $n } fields, expected { $want }
appeal-fault-missing = { $column } is required on a row with a level
appeal-fault-not-a-date = not a date (write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY)
appeal-fault-future = the date lies in the future (today is { $today })
appeal-fault-without-level = { $column } belongs to an appeal: give its level, or leave it empty
appeal-fault-empty = a row gives served_on, or a level with its appeal
appeal-fault-half-decision = decided_on and outcome go together
body-renamed = public body { $old } renamed { $new }
body-aliased = { $body } also goes by { $alias }
body-kind-set = { $body }: kind { $old } -> { $new }
body-merge-confirm = Merge { $from } ({ $cases ->
        [one] one case
       *[other] { $cases } cases
    }) into { $into }? This cannot be undone. (y/N)
body-merged = { $from } merged into { $into }: { $cases ->
        [one] one case moved
       *[other] { $cases } cases moved
    }
body-col-name = Name
body-col-kind = Kind
body-col-cases = Cases
body-col-aliases = Aliases
body-col-merged = Merged into it
body-col-recorded = Recorded
body-col-actor = Actor
body-col-what = What happened
body-col-note = Note
body-event-add = { $body } added ({ $kind })
body-event-rename = { $body } renamed { $name }
body-event-alias = { $body } also goes by { $name }
body-event-kind = { $body }: kind { $kind }
body-event-merge = { $body } merged into { $into }
verify-hint-bodies = the public bodies were changed outside sengketa: restore the register from a backup, or redo the change with `sengketa body`, which records it
show-void-label = Void
show-served-label = Served
show-finality-label = Finality
show-appeals = Appeals
appeal-col-level = Level
appeal-col-court = Court
appeal-col-by = By
appeal-col-filed = Filed
appeal-col-closes = Window closes
appeal-col-court-no = Court no.
appeal-col-decided = Decided
appeal-col-outcome = Outcome
## csv and recap outputs (issue 10)
csv-excel-needs-csv = --excel lays out CSV; it cannot be used with --format { $format }
csv-excel-needs-csv-hint = leave --format out (--excel means CSV), or write --format csv
csv-separator-comma = a comma (,)
csv-separator-semicolon = a semicolon (;)
csv-header-separator = { $name }: { $fault } (the header was read with { $separator } between fields)
csv-header-hint = the first line must be the header: { $columns } (with , or ; between fields)
recap-as-of = As of { $date }
recap-check-not-a-column = line 1, column { $at }: '{ $found }' is not a column of the recap
recap-check-columns-hint = name the columns by their keys ({ $keys }) or by their labels, in English or Indonesian
recap-check-as-of-differs = line { $line }: the as_of date differs from the lines above; a table is as of one date
recap-check-not-a-date = line { $line }, column { $at } (as_of): '{ $found }' is not a date
recap-check-two-totals = line { $line }: a second total row
recap-check-total = total: { $key } { $published } ≠ { $sum }, the sum of the years
## sengketa recap --registers, --chart; sengketa report
store-older = { $path } was written by an older sengketa (schema version { $version }; this one reads version { $known }), and a register named by --registers is only read, never brought up to date
store-older-hint = open it once on its own (e.g. `sengketa --db { $path } verify`), which brings it up to date, then try again
registers-twice = { $path } is named twice in --registers: its cases would count twice
registers-twice-hint = name each register once
chart-none = this view has no chart
chart-none-hint = charts are drawn of the paper's view, --flow, --by outcome and --times
chart-paper-title = Cases received each year, by where they stand
chart-flow-title = Cases received and finished each year, and still open at its end
chart-outcomes-title = Cases received each year, by how they ended
chart-times-title = Working days from receipt to the end, by year and route
chart-axis-cases = cases
chart-axis-working-days = working days
chart-all-registers = All registers together: { $names }
chart-empty = no cases in the years asked for
chart-unexamined = No qualification outcome yet (or withdrawn before it)
chart-range = lowest to highest
chart-median = median
chart-mean = mean
chart-deadline = 100 working days to finish (Art. 38 UU KIP)
report-title = Public information disputes: the yearly recap
report-subtitle = { $commissions } · { $years } · as of { $as_of }
report-all-years = every year with cases
report-empty = No cases in the years asked for.
report-paper-title = The yearly recap
report-paper-about = The cases received each year (a cohort), counted as of the date above, in the layout of the commission's published Table 1. Processed = qualified − ended by an interim ruling; in process = processed − done.
report-flow-title = Stock and flow
report-flow-about = The cases open at the start of each year, received and finished in it, and open at its end.
report-outcomes-title = Outcomes
report-outcomes-about = How the cases received each year ended: every disposition, so that each year's row adds up to the cases entered.
report-times-title = Processing times
report-times-about = Working days from receipt to the end (the decision, the withdrawal or the not-qualified ruling), per year of receipt and by what ended the cases; the law gives 100 working days to finish (Art. 38 UU KIP). Backlog: cases not ended and open more than 100 working days.
report-body-kinds-title = By kind of public body
report-body-kinds-about = The cases received each year by the kind of public body they were brought against (Law 14/2008 Art. 1(3)), and where each stands: the columns after entered add up to it.
report-appeals-title = After the decision: appeals
report-appeals-about = Per year of decision: the decisions open to appeal, those contested in court (at the administrative or the district court, by whom, late or not), how the courts ruled, cassations, and the decisions final by the date above.
report-footer-as-of = Counted as of { $as_of }.
report-footer-made = Made at { $now } by sengketa { $version }.
report-footer-privacy = Counts only: no applicant is named in this report.
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
damaged-stray = a value without the { $with } it goes with
cannot-migrate = { $path } (schema version { $version }) cannot be brought to version { $to }: a row breaks a rule of the new version ({ $why }); nothing was changed
cannot-migrate-hint = the register was changed by other means: run `sengketa verify` with the release that wrote it, and correct the rows it names (or restore a backup)
year-out-of-range = '{ $date }' is outside the years a register takes ({ $first } to { $last })
year-out-of-range-hint = check the year: a register's dates run from 1900 to 9999
verify-unreadable = { $what } (cannot be read)
verify-cannot-check = a part of the checks could not run: { $why }
verify-hint-unreadable = a value written by other means than sengketa cannot be read: correct the row named with the sqlite3 shell, or restore the register from a backup
damaged-hearing = hearing { $no }
damaged-day = calendar day { $date }
## recap check: reading the published table, and its report (stdout)
recap-check-twice = { $name }: line 1, column { $at }: '{ $found }' appears twice
recap-check-year-first = { $name }: the first column must be 'year'
recap-check-year-first-hint = write the table as `sengketa recap --format csv` does
recap-check-not-a-year = line { $line }, column { $at } (year): '{ $found }' is not a year from 1900 to 9999
recap-check-not-a-count = line { $line }, column { $at } ({ $key }): '{ $found }' is not a count (0 to 999999999)
recap-check-no-year = line { $line }, column 1 (year): the year is missing
recap-check-faults-hint = cells are whole numbers, or - for none
recap-check-compared = { $name }: { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}, { $cells ->
    [one] 1 cell
   *[other] { $cells } cells
}, compared with the register as of { $as_of }
recap-check-differs = differs: { $year } { $key }: published { $published }, register { $register }
recap-check-not-adding = does not add up: { $what }
recap-check-explained = explained: { $what }
recap-check-all-match = every published cell matches the register
recap-check-all-add-up = every published row adds up
csv-unreadable = { $name }, line { $line }: not a readable CSV file ({ $why })
csv-unreadable-hint = save it as UTF-8 CSV, with a comma or a semicolon between fields
## integrity, backup and archive (issue 11)
verify-bad-head = '{ $head }' is not a head: write it as --head printed it, N:HASH (the number of acts, then 16 to 64 hexadecimal digits)
verify-serial-ahead = the serial counter of { $year } stands at { $last }, but the highest serial taken is { $taken }
verify-schema-missing = the register lacks the { $kind } { $name } of this version's schema
verify-schema-altered = the register's { $kind } { $name } differs from this version's schema
verify-schema-extra = the register has a { $kind } { $name } that this version's schema does not have
verify-chain-mismatch = act { $act } ({ $command } by { $actor }, recorded { $at }) does not match its hash: it, or a row it wrote, was changed after it was recorded
verify-chain-no-hash = act { $act } ({ $command } by { $actor }, recorded { $at }) has no hash: it was written outside sengketa
verify-chain-no-act = act { $act } has a hash but is not in the register: it was deleted
verify-particulars = case { $case }: its { $fields } is not what its entry and corrections leave
verify-setting = setting { $key }: the register has { $stored }, its history leads to { $replayed }
verify-not-set = (not set)
verify-pinned = { $n ->
    [one] 1 act was
   *[other] { $n } acts were
} recorded under a pinned clock (SENGKETA_TODAY or SENGKETA_NOW), from act { $first }: their dates or times are what the environment said, not the computer's clock
verify-hashed-at = acts 1 to { $last } were recorded before the hash chain and hashed at once on { $at } (act { $act }): the chain proves they have not changed since, not that they had not changed before
verify-extends = the register extends { $head } unchanged: every act up to it still hashes to it
verify-not-extends = the register does not extend { $head }: the history up to it was changed, or it has fewer acts
verify-hint-chain = the history was changed outside sengketa after it was recorded: compare with a backup or an archive; `sengketa verify --since HEAD`, with a head written down earlier, tells whether the history up to it is as it was
verify-hint-schema = the register's tables, indexes or triggers were changed outside sengketa (without its triggers the history can be rewritten): restore the register from a backup
verify-hint-serial-ahead = a serial counter was moved past the serials taken, so the next case of that year would skip numbers: restore the register from a backup
verify-hint-setting = a setting was changed outside sengketa: set it again with `sengketa config set`, which records it, or restore the register from a backup
backup-done = backed up to { $file } and checked: { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}, head { $head }
backup-not-verified = the copy does not hold together ({ $n ->
    [one] 1 problem
   *[other] { $n } problems
}): it was not kept
backup-not-verified-hint = the register itself has these problems: run `sengketa verify` on it
out-is-register = { $file } is the register itself (or one of its files): it is never overwritten
out-is-register-hint = name another file
out-exists = { $file } exists: nothing was written
out-exists-hint = name another file, or give --force to replace it
out-cannot-write = cannot write { $file }: { $why }
out-cannot-write-hint = name a file in a folder you can write to
archive-target-not-empty = { $path } is not empty: an archive is imported into a new register only
archive-target-not-empty-hint = name a new file with --db (or SENGKETA_DB), e.g. --db restored.db
archive-not-an-archive = not a sengketa archive: its first line is not an archive's header
archive-version = an archive of format version { $format } and schema version { $schema }; this sengketa reads format { $known_format }, schema { $known_schema }
archive-line = line { $line }: { $why }
archive-cut = the archive ends before its last line: it was cut short
archive-fault-hint = nothing was written; make the archive again with `sengketa export --archive`
archive-not-verified = { $name } rebuilds a register that does not hold together ({ $n ->
    [one] 1 problem
   *[other] { $n } problems
} above): nothing was written
show-pinned-all = every step was recorded under a pinned clock ({ $clock }): their dates or times are what the environment said, not the computer's clock
show-pinned = steps { $steps } were recorded under a pinned clock ({ $clock }): their dates or times are what the environment said, not the computer's clock
vocab-pinned = pinned clock
## Opening the register
store-network-fs = { $path } is on a network file system ({ $fstype }): SQLite's WAL, which keeps the register safe while several clerks write, needs memory shared on one computer, and a register used through a network share can be damaged
store-network-fs-hint = copy the register to a local disk of the computer that runs sengketa; clerks on other computers reach it there over SSH (ssh clerk@server sengketa case add ...). --allow-network-fs opens it all the same, safe only if no two computers use it at once
## Importing a file: what is listed, what is said at the end
import-row-fault = line { $line }, column { $col } ({ $column }): "{ $value }": { $reason }
import-more-faults = ... and { $n } more faults:
calendar-more-faults = ... and { $n } more faults
import-number-taken = register number { $number } is already in the register (or earlier in this file)
import-no-code-hint = run `sengketa config set commission-code <CODE>` first, or fill register_no
import-note = imported from { $file }
import-done = imported { $rows ->
    [one] 1 case
   *[other] { $rows } cases
} from { $file }
hearings-imported-from = hearings imported from { $file }
hearings-imported = imported { $rows ->
    [one] 1 hearing
   *[other] { $rows } hearings
} from { $file }
calendar-imported = imported { $rows ->
    [one] 1 day
   *[other] { $rows } days
} from { $file }: { $added } added, { $changed } changed, { $unchanged } already so
input-cannot-read = cannot read { $name }: { $why }
input-give-register-csv = give the path of a register CSV, or - for standard input
input-give-archive = give the path of an archive, or - for standard input
input-give-hearings-csv = give the path of a hearings CSV, or - for standard input
input-give-appeals-csv = give the path of an appeals CSV, or - for standard input
input-give-calendar-csv = give the path of a calendar CSV, or - for standard input
input-give-published-recap = give the path of a published recap CSV, or - for standard input
## recap check: a published row that does not add up, a gap the register explains
recap-check-gap = { $year }: entered { $entered } ≠ not_qualified { $nq } + qualified { $q } (= { $sum }): { $gap } { $n ->
        [one] case is
       *[other] cases are
    } unaccounted for, but the register has { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    } received in { $year } with no qualification outcome
recap-check-processed = { $year }: processed { $processed } ≠ qualified { $q } − interim_ruling { $interim } (= { $diff })
recap-check-done = { $year }: processed { $processed } ≠ done { $done } + in_process { $in_process } (= { $sum })
recap-check-larger = { $year }: { $key } { $value } is larger than entered { $entered }
recap-check-gap-explained = { $year }: entered { $entered } = not_qualified { $nq } + qualified { $q } + { $gap } not yet examined: { $gap ->
        [one] { $gap } case received in { $year } has
       *[other] { $gap } cases received in { $year } have
    } no qualification outcome: { $cases }
recap-check-withdrawn-before = withdrawn before qualification on { $on }
recap-check-awaiting = awaiting the qualification check
## The environment, the settings, the demo
env-today-bad = SENGKETA_TODAY: { $why }
env-today-bad-hint = set it to a date such as 2019-12-31, or unset it
env-now-bad = SENGKETA_NOW: '{ $value }' is not a UTC time ({ $why })
env-now-bad-hint = set it to a UTC time such as 2019-12-31T08:00:00Z, or unset it
store-no-data-dir = there is no platform data folder to keep the register in
store-no-data-dir-hint = name the register file with --db PATH or SENGKETA_DB
config-not-set-hint = sengketa config set { $key } <VALUE>
config-list-default = { $value } (default)
demo-no-temp-dir = no temporary folder: { $why }
demo-note = the embedded fixture
## Archives: writing one, and the lines of one that cannot be read
archive-not-text = { $table }: a value that is not UTF-8 text cannot be archived
archive-not-text-hint = run `sengketa verify`; the value was written outside sengketa
archive-blob = { $table }: a blob, which no column of the schema holds
archive-unreadable = cannot read the archive: { $why }
archive-dangling = { $rows ->
    [one] 1 row points
   *[other] { $rows } rows point
} at rows the archive does not hold
archive-row-before-table = a row before any table
archive-width = { $values } values for { $columns } columns
archive-not-a-value = a value that is not one: { $value }
archive-unknown-table = a table this register does not have, or twice: { $table }
archive-other-columns = { $table }: other columns than the schema's
archive-row-count = the archive says it holds other than { $total } rows
archive-after-last = a line after the last
archive-not-a-line = not a line of an archive
migrate-dangling = { $rows ->
    [one] 1 row points
   *[other] { $rows } rows point
} at missing rows; run `sengketa verify` with the previous version
## Command-line values: a range of years, a date some working days on
years-bad = '{ $value }' is not a range of years; write e.g. 2017-2018
years-order = '{ $value }': the first year comes after the last
## Sealing in the writing transaction; the recap's latest date kept
chain-unsealed = the register's history ends in act { $act }, which has no hash: it was written, or its hash deleted, outside sengketa; nothing is written after it
chain-unsealed-hint = run `sengketa verify`; if you know why the act has no hash, `sengketa verify --repair` seals it with an act that says so, else restore the register from a backup
chain-hash-without-act = the register's history ends in a hash for act { $act }, which is not in the register: it was deleted outside sengketa; nothing is written after it
chain-hash-without-act-hint = run `sengketa verify`, and restore the register from a backup
verify-stats-date = the recap's latest date kept for { $year } is { $kept }, but a case of that year holds { $latest }: a recap as of a date between them would count facts after it
verify-hint-unsealed = an act without a hash was written, or its hash deleted, outside sengketa (deleting hashes is how a forged history would be sealed again): if you know why, `sengketa verify --repair` seals it with an act that says so, which every later `verify` reports; else restore the register from a backup
verify-sealed = repaired: acts { $acts } had no hash and were sealed, with an act that says so
verify-sealed-at = acts { $acts } had no hash and were sealed by `verify --repair` on { $at } (act { $act }): the chain proves they have not changed since, not that they had not changed before
## The clerk's papers (`sengketa doc`)
vocab-paper-kind = kind of paper
doc-need-kind = name the paper and the case: sengketa doc KIND CASE
doc-missing = cannot issue the { $kind } of { $case }: { $count } facts are missing, each with the command that records it:
doc-missing-hint = record them, or print a draft with visible blanks: --draft (not issued)
doc-draft = a draft, not issued: no letter number, nothing recorded ({ $count } facts left blank)
doc-issued = { $kind } { $letter } issued for { $case } (sha256 { $sha })
doc-late-copy = warning: the copy of the decision goes out { $days } working days after its reading (PERKI 1/2013 Art. 59: within 3)
doc-template-syntax = the template does not parse, line { $line }: { $why }
doc-template-unknown = line { $line }: '{ $name }' is no fact a paper has
doc-template-unknown-hint = docs/papers.md lists the placeholders; `sengketa doc template show KIND --shipped` prints a template that uses them
doc-template-render = the template cannot be rendered, line { $line }: { $why }
doc-template-unreadable = cannot read { $file }: { $why }
doc-template-set = the { $kind } template is set: the next paper uses it
doc-template-reset = the { $kind } template is the shipped one again
doc-logo-unreadable = cannot read the logo { $file }: { $why }
doc-logo-not-image = { $file } is not a PNG or JPEG image
doc-logo-no-size = { $file }: the image's size cannot be read
doc-logo-hint = set commission-logo to a PNG or JPEG file: sengketa config set commission-logo FILE
doc-verify-issued = { $file }: issued as { $letter } ({ $kind } of { $case }), act { $act }, by { $actor } at { $at }
doc-verify-not-issued = { $file } is not a paper this register issued as it is (sha256 { $sha })
doc-verify-not-issued-hint = a single byte changed changes the hash; `sengketa doc reissue LETTER-NO` writes the issued paper again
doc-reissue-unknown = no paper was issued under the letter number { $letter }
doc-reissue-unknown-hint = `sengketa case show CASE` lists the papers issued for a case
doc-reissued = { $letter } written again ({ $format }, sha256 { $sha })
show-papers = Papers issued:
show-paper-hearing = {" "}hearing { $no }
verify-paper-bytes = paper { $letter }: its stored file does not hash to the hash it was issued with
verify-letter-serials = letter numbers of { $year }: the counter is not the count of the papers issued

## The case file: parties, the road to the dispute, people and panels, notes, service
note-prefix = note
vocab-ground = ground of objection
vocab-person-role = role
vocab-seat = seat on the panel
vocab-service-how = manner of service
vocab-service-result = result of service
edit-file-unchanged = { $case }: the case file already holds these values; nothing recorded
body-parties-set = { $body }: PPID and superior recorded
body-parties-unchanged = { $body }: PPID and superior already hold these values; nothing recorded
note-done = { $case }: note recorded
assign-done = { $case }: panel assigned
assign-replaced = { $case }: panel replaced (the reason is in the history)
served-done = { $case }: summons of hearing { $no } to the { $party } served on { $on } ({ $result })
person-added = person { $id } added: { $name }
person-changed = person { $id } ({ $name }) recorded
person-unchanged = person { $id } ({ $name }) already holds these values; nothing recorded
person-col-id = No.
person-col-name = Name
person-col-role = Role
person-col-phone = Phone
person-col-retired = Retired on
file-road-order = { $later } { $date } is before { $earlier } { $earlier_date }
file-road-order-hint = an answer comes after what it answers, and the objection after the request: correct one of the dates
file-road-future = { $what } { $date } lies in the future (today is { $today })
file-road-future-hint = give the date it happened, on or before today
file-panel-size = a panel of { $size ->
    [one] one commissioner
   *[other] { $size } commissioners
    }: a panel has an odd number, at least three, the chair counted (PERKI 1/2013 Art. 1(16))
file-panel-size-hint = name the chair with --chair and two (or four, ...) members with --member
file-panel-twice = { $person } is named twice on the panel
file-panel-twice-hint = name each commissioner once
file-seat-role = { $person } is a { $role } and cannot take the seat of { $seat }
file-seat-role-hint = the chair and members are commissioners, the clerk a substitute clerk; change a role with `sengketa person set PERSON --role ...`
file-retired = { $person } retired on { $on }
file-retired-hint = name a person who has not retired (`sengketa person list`)
file-no-person = no person '{ $who }' in the register
file-no-person-hint = add one with `sengketa person add NAME --role ...`, or see `sengketa person list`
file-ambiguous-person = '{ $who }' names several people
file-ambiguous-person-hint = name the person by number (`sengketa person list`)
file-no-hearing = { $case } has no hearing { $no }
file-no-hearing-hint = see its hearings with `sengketa case show { $case }`
file-served-after = served on { $on }, after hearing { $no } on { $hearing_on }
file-served-after-hint = a summons is served before its hearing; check the date (--on)
file-replacement-reason = { $case } has a panel already: replacing it needs a reason
file-replacement-reason-hint = say why with --reason (e.g. --reason "member on leave")
file-person-exists = { $name } is in the register already
file-person-exists-hint = see `sengketa person list`; correct a person with `sengketa person set`
file-title = Case file
file-applicant-address = Applicant's address
file-applicant-phone = Applicant's phone
file-applicant-email = Applicant's email
file-rep-name = Representative
file-rep-address = Representative's address
file-rep-authorised = Power of attorney dated
file-ppid-address = PPID's address
file-superior-name = PPID's superior
file-superior-title = Superior's title
file-superior-address = Superior's address
file-requested = Information requested
file-ppid-answered = PPID answered
file-objected = Objection filed
file-superior-answered = Superior answered
file-grounds = Grounds (Art. 35(1))
file-filing = Filing window
file-panel-reason = Panel changed because
file-services = Summons served
file-service-line = hearing { $no }, { $party }: { $on }, { $how }, { $result }
file-lapse-rests = absence from hearing { $no } counts: summons delivered on { $on } ({ $how })
file-notes = Notes
filing-basis-answered = from the superior's answer (UU 14/2008 Art. 37(2))
filing-basis-unanswered = the superior's 30 working days ended { $due } unanswered (Art. 36(2), 37(2))
filing-in-time = in time: window { $from } to { $to }, { $basis }
filing-late = late: window { $from } to { $to }, { $basis }
filing-premature = premature: window { $from } to { $to }, { $basis }
filing-unknown = unknown: no date of objection or of the superior's answer
filing-suggest = consider `sengketa case reject CASE --reason { $reason }` (never decided automatically)
prompt-enter-skips = (Enter skips)
prompt-applicant-address = Applicant's address?
prompt-applicant-phone = Applicant's phone?
prompt-applicant-email = Applicant's email?
prompt-rep-name = Representative (kuasa)?
prompt-rep-address = Representative's address?
prompt-requested = Date of the information request?
prompt-ppid-answered = Date of the PPID's answer?
prompt-objected = Date of the objection (keberatan)?
prompt-superior-answered = Date of the superior's answer?
prompt-grounds = Grounds of the objection (a-g, separated by commas)?

## Defects of the hostile round: registers named twice, ...
registers-same-file = { $path } is the same file as { $other } (a link to it): its cases would count twice
registers-same-history = { $path } holds the same history as { $other } (a copy of it): its cases would count twice
store-full = the disk is full: nothing was written
store-full-hint = free some space on the disk (or write to another) and run the command again
store-disk-io = reading or writing the register failed: { $why }
recap-check-year-twice = line { $line }: the year { $year } is on line { $first } already
recap-check-more-faults = ; and { $n } more
text-mixed-scripts = '{ $ch }' ({ $code }) at character { $at } is a letter of another script than the name's first letter (Latin, Greek and Cyrillic letters look alike)
text-mixed-scripts-hint = type the name again in one script: a name that looks like another must be the same name
archive-head-differs = { $name } says its head is { $head }, but the register rebuilt from it has { $rebuilt }: nothing was written
archive-no-head = no acts at all
archive-line-too-long = the line is longer than { $max } bytes, longer than any row of a register
output-no-folder = cannot write { $path }: there is no folder { $folder }
output-no-folder-hint = make the folder first, or name a file in a folder that exists
env-now-year = the year { $year } is outside 1900-9999
## Signed checkpoints: the chair's key, signing a head, checking the checkpoints
key-exists = { $path } exists: a key is never overwritten
key-exists-hint = choose another folder with --out, or move the old key away first (the checkpoints it signed are checked with its public key: keep that)
key-needs-terminal = a password for the secret key is asked on a terminal, and there is none
key-needs-terminal-hint = run it on a terminal to protect the key with a password; for scripts, `sengketa key generate --unencrypted` makes a key without one (its file is then its only protection)
key-password-new = Password for the new secret key:
key-password-again = The same password again:
key-password-mismatch = the two passwords differ; type them again
key-password-empty = a password cannot be empty
key-password-empty-hint = for a key without a password (scripts), use --unencrypted
key-secret-written = secret key: { $path } (readable by its owner only): keep it with the chair, away from the register and its backups
key-public-written = public key: { $path } (key { $id }): publish it; `sengketa verify --checkpoints { $path }` and `minisign -V -p { $path }` check checkpoints with it
key-cannot-write = cannot write { $path }: { $why }
key-cannot-read = cannot read the key { $path }: { $why }
key-not-secret = { $path } is not a secret key in minisign's format
key-not-secret-hint = give the secret key `sengketa key generate` wrote (sengketa.key), not the public one
key-not-public = { $path } is not a public key in minisign's format
key-not-public-hint = give the public key `sengketa key generate` wrote (sengketa.pub: a comment line, then a line starting RW), or that line itself
key-password = Password for { $path }:
key-password-needs-terminal = the key { $path } is protected by a password, which is asked on a terminal, and there is none
key-password-needs-terminal-hint = sign on a terminal; for a checkpoint signed by a script, make a key with `sengketa key generate --unencrypted`
key-wrong-password = wrong password for the key { $path }
checkpoint-no-commission = a checkpoint names its commission, and commission-code is not set
checkpoint-no-commission-hint = set it first: `sengketa config set commission-code JBI`
checkpoint-recorded = checkpoint of head { $head } signed with key { $key } and recorded by act { $act }; save the lines above: the text as FILE, the lines from "untrusted comment" as FILE.minisig (`minisign -Vm FILE -p KEY.pub` checks it)
verify-checkpoint-signature = the checkpoint recorded by act { $act } (head { $head }, signed { $at }) does not match its signature: it was changed after it was signed
verify-checkpoint-unreadable = the checkpoint recorded by act { $act } cannot be read: it was written outside sengketa
verify-checkpoint-broken = the checkpoint recorded by act { $act } (head { $head }, signed { $at }) cannot be proved: an act up to act { $acts } no longer matches its hash
verify-checkpoint-rewritten = the chain no longer passes through the checkpoint recorded by act { $act } (head { $head }, signed { $at }): after { $acts } acts it now hashes to { $now }; the history up to there was rewritten and hashed again after it was signed
verify-checkpoint-cut = the chain no longer passes through the checkpoint recorded by act { $act } (head { $head }, signed { $at }): the register holds fewer than { $acts } acts
verify-checkpoint-missing = act { $act } recorded a checkpoint, and the checkpoint is not in the register: it was deleted outside sengketa
verify-no-checkpoint = no checkpoint in the register is signed by key { $key }
verify-no-checkpoint-others = no checkpoint in the register is signed by key { $key }; its checkpoints are signed by { $others }
verify-checkpoint-other-key = the checkpoint recorded by act { $act } is signed by key { $other }, not { $key }: not checked
verify-checkpoints-proved = { $n ->
    [one] 1 checkpoint
   *[other] { $n } checkpoints
} signed by key { $key } checked: the chain passes through each; the latest names head { $head }, signed { $at }
verify-hint-checkpoint = the history behind a signed checkpoint was changed, or a checkpoint removed, after it was signed: restore the register from a backup made before, and compare its head with the checkpoints published
verify-hint-checkpoint-key = check the public key: `--checkpoints` takes the public key of the key pair that signed (sengketa.pub, published by the chair); a key that signed nothing here proves nothing
store-check-failed = the register refused a value of { $table } ({ $columns }): it breaks a rule of the register's own schema that this version of sengketa does not expect
store-check-failed-somewhere = the register refused a value: it breaks a rule of the register's own schema that this version of sengketa does not expect
store-check-failed-hint = the register may have been made by a different version of sengketa, or its file changed or damaged by other means: run `sengketa verify`, which names what differs

recap-person-one-register = recap --by person reads one register: the people are a commission's own
recap-person-one-register-hint = run it on each register (--db FILE)

# Intake (case incomplete, register, not-registered) and mediation on its own clock
vocab-not-registered-reason = reason a filing is not registered
err-intake-past = case { $case } is { $state }: intake is over, it cannot be { $step }
err-intake-registered = case { $case } was registered on { $on }: it cannot be { $step }
err-intake-not-registered = case { $case } was not registered (on { $on }): it takes no step but the undo of that one
err-intake-notified = case { $case }: the notice of an incomplete filing was given on { $on } already
err-intake-no-notice = case { $case }: "not completed" needs the notice of what was missing first
hint-intake-no-notice = record the notice first (`sengketa case incomplete { $case } --missing TEXT`), or give `--reason other`
hint-intake-past = intake steps are recorded before the qualification
hint-undo-intake = `sengketa case undo { $case }` reverts the latest step, if it was recorded by mistake
err-mediation-state = case { $case } is { $state }: mediation cannot be { $step } (only on a qualified case)
err-mediation-exempt = case { $case } is a dispute over exempt information (ground (a) in its case file): it goes straight to adjudication, without mediation
hint-mediation-exempt = schedule the adjudication; if ground (a) was recorded by mistake, correct the case file first (`sengketa case edit { $case } --ground ...`)
err-mediation-started = case { $case }: mediation started on { $on } already
err-mediation-not-started = case { $case }: mediation has not started, it cannot be { $step }
hint-mediation-not-started = record the first meeting first: `sengketa mediation start { $case } --on DATE`
hint-mediation-state = qualify the case first: `sengketa case qualify { $case }`
err-mediation-extended = case { $case }: mediation was extended on { $on } already; it is extended once only
err-mediation-ended = case { $case }: mediation ended on { $on }; it cannot be { $step }
hint-undo-mediation = `sengketa case undo { $case }` reverts the latest step, if it was recorded by mistake
intake-notified = { $case }: notice of an incomplete filing on { $on }; to be completed by { $due }
intake-recorded = { $case }: { $step } on { $on }
mediation-running = { $case }: { $step } on { $on }; mediation runs until { $due }
mediation-recorded = { $case }: { $step } on { $on }
intake-notice-due = Notice due (3 WD)
intake-completion-due = Completion due (7 WD)
show-incomplete = Incomplete (notice)
show-registered = Registered
show-not-registered = Not registered
show-mediation-started = Mediation started
show-mediation-extended = Mediation extended
show-mediation-failed = Mediation failed
show-mediation-agreed = Mediation agreement
show-mediation-due = Mediation due (14/21 WD)
event-incomplete = incomplete: { $missing }
event-not-register = not registered: { $reason }
event-mediation-reason = { $step }: { $reason }
deadline-notice = notice (3 WD)
deadline-completion = completion (7 WD)
deadline-mediation = mediation (14/21 WD)
## The words clap writes itself into help, and the version flag
help-flag-version = Print version
help-usage-options = [OPTIONS]
help-aliases = aliases

## The manual page's own sections
man-manual = General Commands Manual
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-commands = SUBCOMMANDS
man-version = VERSION
man-authors = AUTHORS
man-extra = EXTRA
man-exit-status = EXIT STATUS
man-exit-0 = Success (also when the reader of the output went away).
man-exit-1 = A check (verify, recap check) found differences.
man-exit-2 = Usage: an unknown command or flag, a missing or malformed value.
man-exit-3 = Invalid input, or a step the case's lifecycle refuses.
man-exit-4 = No such case (or hearing, body, day) in the register.
man-exit-5 = The register is unavailable: missing, locked, newer, or not a register.
man-exit-70 = An internal error (a bug: please report it).
man-exit-74 = The output could not be written.
man-environment = ENVIRONMENT
man-env-db = The register file, when --db is not given (else the platform's data folder, sengketa/register.db).
man-env-lang = The language of messages, help and tables: id or en (--lang overrides it).
man-env-locale = Read when SENGKETA_LANG is not set: a locale beginning with id (id_ID.UTF-8) means Indonesian.
man-env-actor = Who records a step, when --actor is not given (else the login name).
man-env-today = Pins today's date (YYYY-MM-DD), for tests and for entering a day late.
man-env-now = Pins the recording time (RFC 3339, UTC), for tests.
man-env-busy = How long to wait, in milliseconds, for another clerk's write to finish.
man-env-columns = The width tables fit when the output is not a terminal and --width is not given.
man-env-no-color = When set, nothing is coloured.
man-examples = EXAMPLES
man-examples-about = A clerk's day:
man-examples-text = sengketa case add --applicant "Budi Santoso" --applicant-kind individual --body "Dinas Pendidikan" --subject "Anggaran sekolah 2025"
    sengketa case list --overdue
    sengketa hearing schedule 2026/1 --kind preliminary --on 2026-02-09 --at 09:30
    sengketa agenda
    sengketa case show 2026/1

## The agenda's calendar file (.ics)
ics-calendar-name = hearings { $on } - { $until }
ics-summary = Hearing { $no } ({ $kind }): { $case }
ics-description = { $applicant } v. { $body } ({ $kind })
ics-panel = ; panel: { $panel }

## config list: a choice's meaning
config-value-working = working day
config-value-non-working = non-working day
## The backlog figures and the publishable report
chart-ages-title = Cases open, by year of receipt and working days open
chart-clearance-title = Cases received and ended
chart-hearings-title = Hearings held, postponed and cancelled, by month
chart-axis-hearings = hearings
recap-check-flow = { $year }: carried in { $carried_in } + received { $received } − finished { $finished } = { $sum }, not carried out { $carried_out }
recap-check-carried = { $year }: carried in { $carried_in } ≠ { $before }, carried out of the year before
report-footer-head = Register { $commission }: the chain's head is { $head } ({ $acts } acts); `sengketa verify --since { $head }` proves later that this history is unchanged.
report-footer-no-head = Register { $commission }: nothing recorded yet.
report-scroll-hint = The table is wider than the screen: swipe it sideways to see every column.
report-body-kinds-left-out = Left out: every public body of the register is of the kind "other", because no kind was ever set (bodies of an imported register have none). Set each body's kind with `sengketa body set NAME --kind KIND` and make the report again.
report-clearance-title = Clearance rate
report-clearance-about = Per year, the cases received in it and the cases that ended in it (decided, withdrawn or found not to qualify, whatever their year of receipt), and the clearance rate: ended ÷ received. Above 100 % the backlog shrank.
report-months-title = Received and ended per month
report-months-about = The same per month: the cases received and ended in each, and the clearance rate.
report-ages-title = How long the open cases have been open
report-ages-about = The cases open on the date above (received, and not decided, withdrawn or found not to qualify), by year of receipt, in working days since receipt as the deadlines count them: within the 14 to start, within the 100 to finish, up to 250, over 250.
report-waiting-title = Estimated waiting time
report-waiting-about = The cases open, divided by the average cases ended per month over the last 12 months: how many months the commission would take to clear what is open at its recent pace.
report-stages-title = How long each stage takes
report-stages-about = Per year of receipt, the median working days from receipt to the first hearing held, from it to the decision, from the decision to the day the parties received it, and from then until the decision was final; counted over the cases that went through the stage.
report-hearings-title = Hearings
report-hearings-about = Per month: the hearings held, those postponed to another day (by the month first set), those cancelled, and at the held ones how often each party was absent.
## sengketa publish: the public docket
publish-written = published { $cases } case pages and { $files } files to { $dir } (chain head { $head })
publish-dir-not-dir = { $dir } is not a folder
publish-dir-not-ours = { $dir } holds files that no earlier `sengketa publish` wrote: it is not replaced
publish-dir-hint = name a new or empty folder, or the folder an earlier publish wrote (it holds a .sengketa-publish file); publish replaces that folder whole
publish-decisions-dir-unreadable = cannot read the decisions' folder { $dir } (publish-decisions-dir): { $why }
publish-decisions-dir-unreadable-hint = set it to the folder that holds the decision files: `sengketa config set publish-decisions-dir FOLDER`
publish-decision-unreadable = cannot read the decision file { $file }: { $why }
publish-decision-missing = { $register_no }: no decision file { $stem }.* in { $dir }; listed without a link
publish-decision-no-dir = { $register_no }: listed without its decision file (no folder set: `sengketa config set publish-decisions-dir FOLDER`)
publish-commission-unnamed = Information Commission
publish-no-head = (no act recorded yet)
publish-pseudonym = Applicant { $reference }
publish-nav-home = Home
publish-nav-schedule = Hearing schedule
publish-nav-decisions = Decisions
publish-nav-data = Open data
publish-nav-feed = Feed (Atom)
publish-head-label = Register state (chain head)
publish-index-title = Public-information disputes
publish-index-about = The disputes brought to the commission under Law 14/2008 on Public Information Disclosure: the figures of the year, each case's stage, the coming hearings and the decisions.
publish-figure = Figure
publish-value = Number
publish-no-figures = No case was received this year.
publish-cases-title = Cases
publish-register-no = Register number
publish-received = Received
publish-respondent = Public body
publish-stage = Stage
publish-no-cases = No case yet.
publish-data-heading = Open data
publish-data-about = The recaps and the case list as CSV and JSON, described by datapackage.json (a Frictionless Data Package); README.md explains each column.
publish-schedule-title = Hearing schedule
publish-date = Date
publish-time = Time
publish-room = Room
publish-parties = Parties
publish-agenda = Agenda
publish-panel = Panel
publish-versus = v.
publish-no-hearings = No hearing is scheduled in these weeks.
publish-schedule-note = Mediation sessions are closed to the public. The schedule may change: a postponed hearing shows its new date.
publish-schedule-about = Hearings from { $from } to { $to } ({ $weeks } weeks).
publish-case-title = Case
publish-hearings-title = Hearings
publish-hearing-no = No.
publish-hearing-status = Status
publish-no-case-hearings = No hearing recorded.
publish-decision-title = Decision
publish-no-decision = Not decided yet.
publish-appeals-title = Appeals
publish-appeal-level = Level
publish-appeal-court = Court
publish-appeal-by = Filed by
publish-appeal-filed = Filed on
publish-appeal-court-no = Court's case number
publish-appeal-outcome = Court's decision
publish-appeal-pending = pending
publish-case-note = The applicant is named as the commission publishes applicants; their contacts are never published.
publish-decisions-title = Decisions
publish-decisions-about = The commission's decisions, newest first, with the decision's document where the commission has published it.
publish-decision-no = Decision number
publish-decision-date = Date
publish-grounds = Grounds of the objection
publish-route = Route
publish-outcome = Outcome
publish-document = Document
publish-document-link = decision
publish-document-missing = not available
publish-no-decisions = No decision yet.
publish-fact-applicant = Applicant
publish-fact-applicant-kind = Kind of applicant
publish-fact-body = Public body
publish-fact-received = Received
publish-fact-stage = Stage
publish-fact-qualified = Qualified
publish-fact-not-qualified = Did not qualify
publish-fact-withdrawn = Withdrawn
publish-fact-closed = Closed
publish-fact-grounds = Grounds of the objection
publish-fact-decided = Decided
publish-fact-decision-no = Decision number
publish-fact-route = Route
publish-fact-outcome = Outcome
publish-fact-served = Received by the parties
publish-fact-finality = Finality
publish-hearing-postponed = postponed (first set for { $from })
publish-hearing-agenda = hearing { $no }: { $kind }
publish-figures-paper-title = The cases received in { $year }
publish-figures-paper-about = The yearly recap of the cases received in the year, as the commission reports it.
publish-figures-flow-title = Case flow in { $year }
publish-figures-flow-about = Cases carried in from earlier years, received, closed in the year, and carried out (open until closed).
publish-data-paper-title = Yearly recap
publish-data-paper-about = The cases received each year: qualified or not, withdrawn, decided, done and in process.
publish-data-flow-title = Case flow
publish-data-flow-about = Each year's cases carried in, received, ended and carried out.
publish-data-outcomes-title = Outcomes
publish-data-outcomes-about = How the cases received each year ended.
publish-data-times-title = Processing times
publish-data-times-about = Working days from receipt to the end, by year of receipt.
publish-data-appeals-title = Appeals
publish-data-appeals-about = The decisions of each year, contested at court, and how the courts ruled.
publish-data-cases-title = Cases
publish-data-cases-about = Every case not void, a row each: its dates, stage and decision; the applicant as the pages name them; no contact, no subject.
publish-data-title = Public-information disputes: { $commission }
publish-data-description = The register's recaps and its redacted case list, as of { $as_of }.
publish-readme-intro = Each table is a CSV file (UTF-8, comma-separated, the as-of date as its last column) and the same rows as JSON. datapackage.json describes the CSV files (a Frictionless Data Package, with a Table Schema each).
publish-readme-head = Published at the register's chain head { $head }: `sengketa verify --since { $head }` proves that a later register extends this state.
publish-footer-as-of = State of the register on { $as_of }.
publish-footer-privacy = Applicants are named as the commission publishes them; their contacts are never published.
publish-footer-prove = To prove this state later: `sengketa verify --since { $head }` on the commission's register.
publish-feed-title = { $commission }: decisions and hearing schedule
publish-feed-subtitle = New decisions and changes of the hearing schedule.
publish-feed-decision = { $register_no }: decided ({ $outcome })
publish-feed-decision-summary = Decided on { $on } by { $route }; public body: { $body }.
publish-feed-scheduled = { $register_no }: hearing { $n } scheduled
publish-feed-scheduled-summary = { $on }: { $kind }.
publish-feed-postponed = { $register_no }: hearing { $n } postponed
publish-feed-postponed-summary = New date: { $on }.
publish-feed-cancelled = { $register_no }: hearing { $n } cancelled
publish-feed-cancelled-summary = The hearing will not take place.
## The hostile round's last defects: an open quote, a repeated appeal row, a deadline past the calendar, a rename through a merged name
input-open-quote = the quoted cell that opens on line { $line }, column { $column } is never closed: the rest of the file would be read as that one cell
input-open-quote-hint = close the quote, or write a quote inside a quoted cell twice ("")
appeal-fault-repeated-level = this case's appeal at { $level } is already on line { $line }: one row a level
appeal-fault-repeated-service = this case's service alone is already on line { $line }: one row for it
deadline-beyond = beyond the calendar (after { $last })
err-rename-merged = { $name } was merged into { $into }: a rename through it would rename { $into }
hint-rename-merged = to rename { $into }, name it: `sengketa body rename "{ $into }" --to ...`
err-name-of-merged = { $name } is the name of a body merged into { $into }: it already leads there
hint-name-of-merged = a merged body keeps its name for the files that still spell it; give another name
err-beyond-calendar = { $date } + { $days } working days falls after 9999-12-31, the calendar's last day
hint-beyond-calendar = give fewer working days, or an earlier date

# Screens at 80 columns: the case list's short reference and nearest deadline.
list-ref = Case
list-due = Due
help-heading-global = Global options

# Interactive case add: a new body's kind from a menu, a declined case, one answer changed.
prompt-body-kind = Kind of the new public body "{ $body }":
prompt-confirm-or-change = Enter or y: record it; n: record nothing; 1–{ $n }: change that answer
prompt-yes-no-or-number = answer y (yes), n (no), or the number of the answer to change (1–{ $n })
case-body-kind = Kind of public body
add-declined = not recorded: nothing was written to the register
add-declined-line = to record it as it stands, without questions: { $line }
## The hearing calendar and steps that mean what they say (hearings on working days, clashes, hearings cancelled when a case ends, close, the court against the body's kind)
err-hearing-day-off-listed = case { $case }: { $date } is not a working day ({ $name_en }): no hearing is set on it
err-hearing-day-off-weekend = case { $case }: { $date } is a { $day }: no hearing is set on it
hint-hearing-day-off = choose a working day (`sengketa calendar list` names the days off), or give --on-non-working-day --reason TEXT if the panel sits that day all the same
clash-room = the same room ({ $room })
clash-person = the same panel member ({ $who })
err-hearing-clash = case { $case }: the hearing clashes with hearing { $nth } of case { $other } on { $on } at { $at_en } in { $room }: { $what }
hint-hearing-clash = choose another time or room, or give --despite-clash --reason TEXT; the setting hearing-minutes says how long a hearing lasts
hearing-override-needs-reason = --on-non-working-day and --despite-clash need --reason TEXT: the history keeps why
step-hearings-cancelled = { $case }: { $count ->
    [one] 1 scheduled hearing cancelled
   *[other] { $count } scheduled hearings cancelled
} (`sengketa case undo` restores them)
hearing-cancelled-by-step = cancelled with the step: { $step }
err-close-appeal-pending = case { $case } is not final: its appeal ({ $level }) is pending at { $court }, filed { $filed }
err-close-window-open = case { $case } is not final: an appeal ({ $level }) may be filed through { $closes }
err-close-not-final = case { $case } is not final
hint-close-not-final = close it once the decision is final (`sengketa case list --to-close`), or give --force --reason TEXT citing the court's letter the register does not hold
close-force-needs-reason = --force needs --reason TEXT: the history keeps why
err-court-against-kind = case { $case }: { $body } is a body whose appeals go to { $wants } (UU 14/2008 Art. 47), not { $court }
hint-court-against-kind = file it at the court its kind goes to, or give --court-despite-kind --reason TEXT (the court decides its own jurisdiction; the register records the flag)
appeal-override-needs-reason = --court-despite-kind needs --reason TEXT: the history keeps why
agenda-clash = (clash: { $case })
event-override = overridden with --{ $flag }: { $reason }

# case undo: the question on a terminal
undo-confirm = Revert change { $seq } ({ $what } on { $on })? (y/N)
undo-not-confirmed = not reverted: nothing was written (give --yes to revert without asking)

# The public docket's backlog figures
publish-figures-clearance-title = Clearance rate in { $year }
publish-figures-clearance-about = The cases that ended in the year (decided, withdrawn or ruled not qualified) for every case received in it; above 100 % the backlog shrank. A case ends at its decision and is closed later: the flow above counts closings, so its figure can differ.
publish-figures-ages-title = Open cases by age
publish-figures-ages-about = The cases not yet ended on the day these pages were published, by working days since receipt.
publish-figures-waiting-title = Estimated waiting time
publish-figures-waiting-about = The open cases divided by the cases ended per month on average over the last 12 months: how many months the commission would take to clear them at its recent pace.

# verify: a calendar day in a sentence (its kind, its names, its source)
problem-day = { $kind } { $names } ({ $source })

# recap check: a table mixing Table 1's columns and the flow table's
recap-check-mixed = { $name }: column { $paper_at } ({ $paper }) is Table 1's and column { $flow_at } ({ $flow }) is the flow table's (Arus perkara): a published table is one or the other, and the columns of the other would not be compared
recap-check-mixed-hint = check each table from its own file: year with Table 1's columns (as `sengketa recap --format csv` writes them), or year with the flow's (as `sengketa recap --flow --format csv` writes them)

# Tables: the deadlines missed, read whole at 80 columns
deadline-start-days = start ({ $days } WD)
deadline-finish-days = finish ({ $days } WD)
overdue-cell = late to { $deadlines }
# case undo: a correction and a change of the case file, in the question and after
undo-done-correction = { $case }: reverted correction { $seq } ({ $what } on { $on }); now { $state }
undo-done-file = { $case }: reverted { $what } (recorded { $at })
undo-confirm-file = Revert { $what } (recorded { $at })? (y/N)
undo-file-note = the note “{ $text }”
undo-file-service = the service of hearing { $no }'s summons to the { $party } on { $on }
undo-file-panel = the panel's assignment
undo-file-parties = the change of the parties' contacts
undo-file-road = the change of the road to the dispute
undo-file-parties-road = the change of the parties' contacts and of the road to the dispute

# case show: what Art. 38's deadlines count from (the setting deadline-basis)
show-deadline-basis = Deadlines counted from
deadline-basis-receipt = receipt
deadline-basis-registration = registration (akta registrasi)
file-undone = Reverted by undo

# case show: a register number given at registration (the setting register-number-at)
show-register-no-pending = (given at registration)
show-receipt-no = Receipt reference
intake-numbered = { $receipt }: registered on { $on } as register number { $case }
err-not-registered-yet = case { $case } is not registered yet: where numbers are given at registration, the qualification follows the akta registrasi
hint-not-registered-yet = register it first: `sengketa case register { $case } --on DATE`
err-receipt-mismatch = receipt reference { $receipt } and register number '{ $number }' do not match the registration: a filing not registered is named by its receipt, a registered one by a number of its own
hint-receipt-mismatch = write register_no as export writes it: the receipt reference (or nothing) while registered_on is empty, the case's own number once it is filled

# verify: the per-day counts a recap as of a past date reads (day_stats)
verify-day-count = { $year }, { $date }: the recap's kept count of { $key } that began that day is { $kept }, the cases give { $counted }
