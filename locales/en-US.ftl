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
help-env = environment variable
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
