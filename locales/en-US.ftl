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
