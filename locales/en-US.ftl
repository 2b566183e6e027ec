# sengketa's messages in English. Every id here is in id-ID.ftl too (a test checks both
# ways, and that the code asks for every id). Placeables: { $name }.

error-prefix = error
hint-prefix = hint

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
