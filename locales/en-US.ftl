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

## Appeals, void entries, public bodies
warning-prefix = warning
vocab-level = level of appeal
vocab-court = court
vocab-party = party
vocab-court-outcome = court outcome
vocab-void-reason = reason for voiding
vocab-body-kind = kind of public body
vocab-body-change = change of a public body
track-date-decision = the decision
track-date-filing = the filing at { $level }
track-date-court-decision = the court's decision at { $level }
err-no-decision = case { $case } is { $state }: it has no decision to serve or appeal
err-not-appealable = case { $case } was decided via { $via }: that decision is final and binding, and cannot be appealed
err-already-served = case { $case }: the decision was served on { $on } already
err-already-appealed = case { $case } was appealed at { $level } already ({ $court }, filed { $filed })
err-level-out-of-order = case { $case }: no appeal at { $level } before a court's decision at { $needs }
err-track-ended = case { $case }: the appeal at { $level } ended { $outcome }: nothing is left to appeal
err-wrong-court = { $court } does not hear appeals at { $level }
err-no-pending-appeal = case { $case } has no appeal pending: a court decides only an appeal filed
err-track-date-order = the { $what } date { $date } is before { $before } ({ $before_date })
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
hint-undo-track = `sengketa case undo { $case }` reverts the latest step, to record it anew
hint-already-appealed = one appeal a level; `sengketa case show { $case }` shows the appeal track
hint-level-out-of-order = record the court's decision first: `sengketa appeal decide { $case } --outcome ... --on DATE`
hint-track-ended = a withdrawn appeal ends the track: the decision is final
hint-wrong-court = appeals at { $level } go to: { $courts }
hint-no-pending-appeal = record the filing first: `sengketa appeal file { $case } --court ptun|pn --by applicant|respondent --on DATE`
hint-track-date-order = each step's date must be on or after the date it follows
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
ask-body-kind = Kind of the new public body "{ $body }" [{ $kind }: { $label }]:
ask-body-kind-one-of = one of: { $kinds }
case-add-duplicate = looks like { $case }: void one of them with `case void` if it is a duplicate
case-served = { $case }: decision received by the parties on { $on }
case-served-window = { $case }: decision received by the parties on { $on }; the appeal window closes on { $closes }
case-voided = { $case }: void ({ $reason }); it keeps its number and is left out of every count
finality-not-appealable = final on { $on } (a decision no court hears)
finality-window-closed = final on { $on }: no appeal at { $level } within its window
finality-court-decision = final on { $on }: the court's decision at { $level }, not appealed further
finality-open = not final yet: window closes on { $closes } ({ $level })
finality-pending = not final yet: appeal pending at { $court } ({ $level }), filed { $filed }
show-served = decision received by the parties on { $on }
show-late = late
show-void = VOID since { $on }: { $reason }
appeal-court-needed = name the court with --court: an appeal at { $level } goes to { $courts }
appeal-filed = { $case }: appeal filed at { $court } ({ $level }) on { $on }
appeal-late = the filing is late: the window closed on { $closes } (recorded; the court decides whether it is admissible)
appeal-decided = { $case }: court decision ({ $level }): { $outcome } on { $on }
appeals-imported-from = appeals imported from { $file }
appeals-imported = imported { $rows } appeal rows from { $file }
import-invalid-rows = { $bad } of { $rows } rows of { $file } are invalid; nothing was imported
import-invalid-rows-hint = correct the rows listed above and import the whole file again
import-dry-run = { $rows } rows of { $file } are valid; nothing was written (--dry-run)
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
    }) into { $into }? This cannot be undone. [y/N]
body-merged = { $from } merged into { $into }: { $cases ->
        [one] one case moved
       *[other] { $cases } cases moved
    }
body-col-name = name
body-col-kind = kind
body-col-cases = cases
body-col-aliases = aliases
body-col-merged = merged into it
body-col-recorded = recorded (UTC)
body-col-actor = actor
body-col-what = what happened
body-col-note = note
body-event-add = { $body } added ({ $kind })
body-event-rename = { $body } renamed { $name }
body-event-alias = { $body } also goes by { $name }
body-event-kind = { $body }: kind { $kind }
body-event-merge = { $body } merged into { $into }
